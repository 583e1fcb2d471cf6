// Classic script-injection payloads, each short enough for a name (60 characters). Every one,
// if it ever ran, would set window.__xss or open a dialog.
export const XSS_PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1">',
  'javascript:window.__xss=1',
  '"><iframe srcdoc="<script>parent.__xss=1</script>">',
  "{{constructor.constructor('window.__xss=1')()}}",
  '<a href="javascript:window.__xss=1">tap</a>',
  '<style>@import url(x.css)</style><b>styled</b>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is the literal text.
  '${window.__xss=1}',
  '<math><mtext><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle="window.__xss=1">',
] as const;
