/**
 * Starts Debian's nginx with the reference configuration (deploy/nginx) on a temporary copy of a build, at the
 * root on `port` and under /atlas/ on `port + 100`; used by the deploy e2e spec and the benchmark. The copy
 * (`www/atlas`) can be changed while it runs, as a new deployment would.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = '/usr/sbin/nginx';
const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const hasBrotli = () => existsSync(BROTLI);

export interface Nginx {
  /** Where the build's copy is served from (`${dir}/www/atlas`). */
  www: string;
  root: string;
  sub: string;
  stop: () => void;
}

export function startNginx(dist: string, port: number): Nginx {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  // nginx's workers run as an unprivileged user when it is started as root: they must be able to read the copy.
  chmodSync(dir, 0o755);
  const www = join(dir, 'www/atlas');
  cpSync(dist, www, { recursive: true });
  cpSync('deploy/nginx', join(dir, 'conf'), { recursive: true });
  cpSync('/etc/nginx/mime.types', join(dir, 'conf/mime.types'));
  const site = readFileSync('deploy/nginx/atlas.conf', 'utf8')
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace('root /srv/atlas;', `root ${www};`)
    .replace(hasBrotli() ? /$^/ : /^\s*brotli_static on;$/m, '');
  const subpath = readFileSync('deploy/nginx/subpath.conf', 'utf8').replace('root /srv;', `root ${join(dir, 'www')};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/tmp-${t};`);
  const conf = join(dir, 'conf/nginx.conf');
  writeFileSync(
    conf,
    `${hasBrotli() ? `load_module ${BROTLI};\n` : ''}pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')};
events {}
http {
  include mime.types;
  access_log off;
  ${temp.join('\n  ')}
  ${site}
  server {
    listen 127.0.0.1:${port + 100};
    include security-headers.conf;
    ${subpath}
  }
}
`,
  );
  const run = (...args: string[]) =>
    spawnSync(NGINX, ['-p', join(dir, 'conf'), '-c', conf, ...args], { encoding: 'utf8' });
  for (const args of [['-t'], []]) {
    const r = run(...args);
    if (r.status !== 0) throw new Error(`nginx ${args.join(' ')} failed: ${r.stderr}`);
  }
  return {
    www,
    root: `http://127.0.0.1:${port}`,
    sub: `http://127.0.0.1:${port + 100}/atlas/`,
    stop: () => {
      run('-s', 'stop');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
