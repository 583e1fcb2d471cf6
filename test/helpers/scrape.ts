// Reads a server's /metrics as Prometheus would, through a real parser of its text format.
import parsePrometheusTextFormat, {
  type PrometheusFamily,
  type PrometheusSample,
} from 'parse-prometheus-text-format';

export interface Scrape {
  families: PrometheusFamily[];
  /** A counter's or gauge's value for these labels (all of them must match); undefined if absent. */
  value(name: string, labels?: Record<string, string>): number | undefined;
  /** A histogram's count and sum for these labels; undefined if absent. */
  histogram(
    name: string,
    labels?: Record<string, string>,
  ): { count: number; sum: number } | undefined;
}

function sample(
  families: PrometheusFamily[],
  name: string,
  labels: Record<string, string>,
): PrometheusSample | undefined {
  return families
    .find((family) => family.name === name)
    ?.metrics.find((metric) =>
      Object.entries(labels).every(([key, value]) => metric.labels?.[key] === value),
    );
}

export function parseScrape(text: string): Scrape {
  const families = parsePrometheusTextFormat(text);
  return {
    families,
    value(name, labels = {}) {
      const found = sample(families, name, labels);
      return found?.value === undefined ? undefined : Number(found.value);
    },
    histogram(name, labels = {}) {
      const found = sample(families, name, labels);
      return found?.count === undefined
        ? undefined
        : { count: Number(found.count), sum: Number(found.sum) };
    },
  };
}

/** GETs `url` (a /metrics address) and parses it; throws unless it answers 200 in Prometheus's type. */
export async function scrape(url: string): Promise<Scrape> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${text}`);
  if (!response.headers.get('content-type')?.startsWith('text/plain; version=0.0.4')) {
    throw new Error(`${url} answered ${response.headers.get('content-type')}`);
  }
  return parseScrape(text);
}
