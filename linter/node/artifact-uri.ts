import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A report path (relative to the working directory, or absolute; OCDS adds "#ocid") as a SARIF artifact URI. */
export function artifactUri(path: string): string {
  const hash = path.indexOf('#');
  const file = hash < 0 ? path : path.slice(0, hash);
  if (isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
