// Runs HashiCorp's HCL parser (the @cdktf/hcl2json wasm build) over files and prints one JSON line per file:
// {"path": "...", "ok": true, "json": {...}} or {"path": "...", "ok": false, "error": "..."}.
// Usage: node oracle.js ROOT [ROOT...]   (each ROOT a file or a folder searched for .tf .tfvars .hcl .json files)
// Paths in the output are relative to the current folder.
const fs = require('fs');
const path = require('path');
const { parse } = require('@cdktf/hcl2json');

const extensions = ['.tf', '.tfvars', '.hcl', '.json'];

function collect(target, out) {
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target).sort()) collect(path.join(target, entry), out);
  } else if (extensions.some((e) => target.endsWith(e))) {
    out.push(target);
  }
}

async function main() {
  const files = [];
  for (const root of process.argv.slice(2)) collect(root, files);
  for (const file of files) {
    const relative = path.relative(process.cwd(), file).split(path.sep).join('/');
    const text = fs.readFileSync(file, 'utf8');
    try {
      const json = await parse(path.basename(file), text);
      process.stdout.write(JSON.stringify({ path: relative, ok: true, json }) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({ path: relative, ok: false, error: String(e) }) + '\n');
    }
  }
}

main();
