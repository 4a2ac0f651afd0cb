#!/usr/bin/env node
/**
 * Builds the Microsoft Teams app package to sideload the bot: appPackage/manifest.json with its
 * placeholders filled, color.png and outline.png, zipped at the root of
 * dist/teams/espace-citoyens-teams.zip.
 *
 *   MicrosoftAppId=<the Azure Bot's app id> PUBLIC_URL=https://bot.example.fr npm run teams:package
 *   (or, with the bot's .env: node --env-file=.env scripts/teams-package.js)
 *
 * Reads from the environment:
 *   MicrosoftAppId     required, a GUID: the app id of the Azure Bot registration (manifest id and botId);
 *   PUBLIC_URL         required, https://…: where the bot is served (developer URLs, validDomains);
 *   TEAMS_COMMUNE      optional, a commune id: the website, privacy and terms URLs name it (?commune=ID);
 *                      without it they show the bot's DEFAULT_COMMUNE, or let the resident choose;
 *   TEAMS_PACKAGE_DIR  optional, the folder to write the zip in (dist/teams by default).
 */
'use strict';
const { Buffer } = require('node:buffer');
const fs = require('node:fs');
const path = require('node:path');
const { URL } = require('node:url');
const { zipSync } = require('fflate');

const root = path.resolve(__dirname, '..');
const sourceDir = path.join(root, 'appPackage');
const ZIP_NAME = 'espace-citoyens-teams.zip';
const ICONS = ['color.png', 'outline.png'];
const COMMUNE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The placeholder values, or the list of what is wrong with the environment. */
function readSettings(env) {
  const errors = [];
  const appId = (env.MicrosoftAppId ?? '').trim();
  if (!appId) errors.push('MicrosoftAppId: required, the app id of the Azure Bot registration (a GUID such as 00000000-0000-0000-0000-000000000000).');
  else if (!GUID.test(appId)) errors.push(`MicrosoftAppId: "${appId}" is not a GUID (expected the form 00000000-0000-0000-0000-000000000000).`);

  const rawUrl = (env.PUBLIC_URL ?? '').trim();
  let url;
  if (!rawUrl) errors.push('PUBLIC_URL: required, the public https URL of the bot, e.g. https://bot.example.fr');
  else {
    try {
      url = new URL(rawUrl);
    } catch {
      errors.push(`PUBLIC_URL: "${rawUrl}" is not a URL (expected e.g. https://bot.example.fr).`);
    }
    if (url && url.protocol !== 'https:') errors.push(`PUBLIC_URL: "${rawUrl}" must start with https:// (Teams reaches the bot only over https).`);
    else if (url && (url.username || url.password || url.search || url.hash)) errors.push(`PUBLIC_URL: "${rawUrl}" must be a plain https URL, with no credentials, query or fragment.`);
  }
  const commune = (env.TEAMS_COMMUNE ?? '').trim();
  if (commune && !COMMUNE_ID.test(commune)) errors.push(`TEAMS_COMMUNE: "${commune}" is not a commune id (lower-case words joined by hyphens, e.g. carrieres-sous-poissy).`);
  if (errors.length) return { errors };
  return {
    errors,
    values: {
      MicrosoftAppId: appId,
      PUBLIC_URL: `${url.origin}${url.pathname}`.replace(/\/+$/, ''),
      PUBLIC_HOST: url.host,
      COMMUNE_QUERY: commune ? `?commune=${commune}` : '',
    },
  };
}

/** A copy of the manifest with every {{KEY}} inside its strings replaced. */
function fillPlaceholders(node, values) {
  if (typeof node === 'string') {
    return node.replace(/\{\{(\w+)\}\}/g, (whole, key) => (Object.hasOwn(values, key) ? values[key] : whole));
  }
  if (Array.isArray(node)) return node.map((item) => fillPlaceholders(item, values));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fillPlaceholders(value, values)]));
  }
  return node;
}

/** Builds the zip; returns its path. Throws when the filled manifest or an icon is not right. */
function buildPackage(values, outDir) {
  const template = JSON.parse(fs.readFileSync(path.join(sourceDir, 'manifest.json'), 'utf8'));
  const manifest = fillPlaceholders(template, values);
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const left = text.match(/\{\{\w*\}\}/g);
  if (left) throw new Error(`appPackage/manifest.json still has placeholders after filling: ${[...new Set(left)].join(', ')}.`);
  if (manifest.id !== values.MicrosoftAppId || manifest.bots?.[0]?.botId !== values.MicrosoftAppId) {
    throw new Error('appPackage/manifest.json: id and bots[0].botId must both be "{{MicrosoftAppId}}".');
  }

  const files = { 'manifest.json': Buffer.from(text, 'utf8') };
  for (const icon of ICONS) {
    const bytes = fs.readFileSync(path.join(sourceDir, icon));
    if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`appPackage/${icon} is not a PNG file (run node scripts/teams-icons.js).`);
    files[icon] = bytes;
  }

  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, ZIP_NAME);
  fs.writeFileSync(zipPath, zipSync(files, { level: 9 }));
  return zipPath;
}

function main() {
  // A script the operator runs by hand, outside the bot: src/config.ts is not loaded here.
  // eslint-disable-next-line no-restricted-syntax
  const env = process.env;
  const { errors, values } = readSettings(env);
  if (errors.length) {
    console.error(`Cannot build the Teams app package:\n  ${errors.join('\n  ')}`);
    console.error('Set them in the environment, e.g. MicrosoftAppId=<app id> PUBLIC_URL=https://bot.example.fr npm run teams:package');
    process.exit(1);
  }
  const outDir = path.resolve(root, env.TEAMS_PACKAGE_DIR?.trim() || path.join('dist', 'teams'));
  try {
    const zipPath = buildPackage(values, outDir);
    const shown = path.relative(process.cwd(), zipPath);
    console.log(`Wrote ${shown.startsWith('..') ? zipPath : shown} (manifest.json, ${ICONS.join(', ')}) for the bot ${values.MicrosoftAppId} at ${values.PUBLIC_URL}.`);
    console.log('Upload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams Developer Portal (Apps > Import app).');
  } catch (error) {
    console.error(`Cannot build the Teams app package: ${error.message}`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { readSettings, fillPlaceholders, buildPackage };
