import { loadModel, flattenClauses, clauseText } from './src/lib/model.ts';
const texts = loadModel().flatMap(({ doc }) => flattenClauses(doc.clauses).map((c) => clauseText(c)));
for (const w of process.argv.slice(2)) console.log(w, texts.filter((t) => t.includes(w)).length);
