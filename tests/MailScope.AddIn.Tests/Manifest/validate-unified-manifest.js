// Validates a unified manifest against the JSON schema of its manifestVersion, as shipped in the npm package
// @microsoft/app-manifest (draft-04 schemas, hence ajv-draft-04). Offline. Prints the errors as JSON;
// exits 1 when there are any. Usage: node validate-unified-manifest.js MANIFEST.json NODE_MODULES
"use strict";
const fs = require("fs");
const path = require("path");
const [manifestPath, nodeModules] = process.argv.slice(2);
const Ajv = require(path.join(nodeModules, "ajv-draft-04"));
const addFormats = require(path.join(nodeModules, "ajv-formats"));
const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
const schemaPath = path.join(nodeModules, "@microsoft", "app-manifest", "build", "json-schemas", "teams",
  "v" + manifest.manifestVersion, "MicrosoftTeams.schema.json");
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const valid = ajv.validate(schema, manifest);
process.stdout.write(JSON.stringify(valid ? [] : ajv.errors));
process.exit(valid ? 0 : 1);
