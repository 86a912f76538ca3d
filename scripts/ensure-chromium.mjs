// Browser tests drive Debian's Chromium (browsers cannot be downloaded here). Installs it when it
// is missing and we may (root with apt-get); otherwise says how, and fails.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `Chromium introuvable (${path}). Installez-le : sudo apt-get install -y chromium, ou indiquez CHROMIUM_PATH.`,
  );
  process.exit(1);
}
console.log('Installation de Chromium (paquet Debian) pour les tests navigateur…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
  stdio: 'inherit',
});
