// A self-signed certificate for localhost, as `openssl req -x509` makes one, for the tests of
// the server speaking https itself.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface Certificate {
  certFile: string;
  keyFile: string;
}

/** Writes cert.pem and key.pem (good for a day) into `dir`. */
export function selfSignedCertificate(dir: string): Certificate {
  const certFile = path.join(dir, 'cert.pem');
  const keyFile = path.join(dir, 'key.pem');
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  const out = ['-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=localhost'];
  execFileSync('openssl', ['req', '-x509', ...key, ...out], { stdio: 'pipe' });
  return { certFile, keyFile };
}
