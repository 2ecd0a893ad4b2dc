/**
 * Helm templates are Go templates, not YAML. These helpers give the checks the text a template would produce
 * around its `include`s: every `{{ include "name" ... }}` replaced by the body of the `define` of that name,
 * recursively. Conditions and values are left as written: the checks that read this text are about how a
 * template maps values (which the rendered output cannot show); what Helm renders is tested on Helm's own
 * output (src/helm/render-charts.ts).
 */

const ACTION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
const OPENS_BLOCK = /^(if|range|with|define|block)\b/;
const CLOSES_BLOCK = /^end\b/;
const INCLUDE = /\{\{-?\s*include\s+"([^"]+)"[^}]*\}\}/g;

/** The bodies of every `{{ define "name" }} ... {{ end }}` in `text`, by name. */
export function definesIn(text: string): Map<string, string> {
  const defines = new Map<string, string>();
  const open: { keyword: string; name?: string; bodyStart: number }[] = [];
  for (const match of text.matchAll(ACTION)) {
    const action = match[1];
    const end = match.index + match[0].length;
    if (OPENS_BLOCK.test(action)) {
      const name = /^define\s+"([^"]+)"/.exec(action)?.[1];
      open.push({ keyword: action.split(/\s/, 1)[0], name, bodyStart: end });
    } else if (CLOSES_BLOCK.test(action)) {
      const block = open.pop();
      if (!block) throw new Error(`unbalanced {{ end }} at offset ${match.index}`);
      if (block.keyword === 'define' && block.name)
        defines.set(block.name, text.slice(block.bodyStart, match.index));
    }
  }
  if (open.length > 0) throw new Error(`{{ ${open[open.length - 1].keyword} }} without {{ end }}`);
  return defines;
}

/** `text` with every include replaced by the define it names; an unknown name or a cycle is an error. */
export function expandIncludes(
  text: string,
  defines: Map<string, string>,
  seen: readonly string[] = [],
): string {
  return text.replace(INCLUDE, (_, name: string) => {
    const body = defines.get(name);
    if (body === undefined) throw new Error(`include of undefined template "${name}"`);
    if (seen.includes(name))
      throw new Error(`template "${name}" includes itself: ${[...seen, name].join(' -> ')}`);
    return expandIncludes(body, defines, [...seen, name]);
  });
}
