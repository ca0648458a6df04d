/**
 * `npm run bench [name...]`: runs every benchmark section, or those named, one after another
 * in this process, so all printed figures come from one run on one machine.
 */
import { sections } from './bench/sections';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !sections.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(`unknown bench section(s): ${unknown.join(', ')}; known: ${sections.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
for (const section of sections) {
  if (wanted.length > 0 && !wanted.includes(section.name)) continue;
  console.log(`\n== ${section.name} ==`);
  await section.run();
}
