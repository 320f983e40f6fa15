/**
 * Curated function words per language for the first, fast stage of language detection. German
 * and English lists are long (they decide most texts); the others are short and exist so that
 * French, Spanish, Italian, Dutch, Portuguese, Polish and Turkish texts are recognized as such and
 * not pulled towards en/de by shared spellings. A word listed for several languages ("in", "die",
 * "was") counts for each with weight 1/n, so only distinctive words decide.
 */
const LISTS: Record<string, string> = {
  de: `der die das den dem des ein eine einen einem einer eines und oder aber sondern denn weil
    dass ob wenn als wie auch noch schon nicht kein keine keinen keinem ist sind war waren wird
    werden wurde wurden hat haben hatte hatten bin bist seid ich du er sie es wir ihr mich mir
    dich dir uns euch sich mein meine meinen meinem unser unsere unseren unserem euer eure ihre
    ihren ihrem sein seine seinen seinem mit von zu zum zur bei beim nach aus für über unter
    vor zwischen durch gegen ohne um auf in im ins am an vom bis seit während wegen dieser diese
    dieses diesen diesem jetzt heute morgen gestern hier dort sehr mehr nur immer wieder ganz
    gibt gerade endlich bitte danke mal einfach ja nein etwas nichts alle alles viele viel wer
    was wo warum wann welche welcher kann können muss müssen soll sollte will wollen möchte
    würde wäre dabei dafür dazu damit darauf also so doch oft neue neuen zusammen`,
  en: `the a an and or but if because that this these those is are was were be been being am
    have has had do does did will would can could should may might must not no of to in on at
    for with from by about as into over after before between through during without under up
    out off than then so very just also too only all any some each every our your their my his
    her its we you they he she it i me us them what which who whom whose when where why how
    there here it's don't i'm we're you're can't won't let's isn't doesn't didn't i've we've
    today tomorrow yesterday thanks please more most again always never really`,
  fr: `le la les un une des du et est sont dans pour avec sur pas ne que qui nous vous je tu il
    elle ce cette ces au aux mais ou très plus être avoir c'est nos notre votre leur`,
  es: `el la los las un una unos unas y es son en por para con del al que no se lo como pero muy
    más este esta estos nuestro nuestra hoy está están hay mi tu su`,
  it: `il lo la gli le un una uno e è sono per con che di del della dei delle non si come ma
    molto più questo questa nostro nostra oggi siamo nel alla in`,
  nl: `de het een en is zijn van in op met voor niet dat die wij we jullie ik je hij zij ons onze
    naar bij ook maar nog wel geen er om uit aan deze wordt heeft hebben`,
  pt: `o a os as um uma e é são em no na nos nas por para com do da dos das que não se como mas
    muito mais este esta nosso nossa hoje está você`,
  pl: `i w z na do nie jest są się że to jak ale dla od po przez o czy tak już jestem mamy nasz
    nasza bardzo oraz dziś`,
  tr: `ve bir bu da de ile için çok daha ama gibi ne değil var yok olarak olan mi mı ben biz
    bugün`,
};

/** Languages the function-word vote knows. */
export const FUNCTION_WORD_LANGS: readonly string[] = Object.keys(LISTS);

/** norm → [language, weight] pairs; weight is 1 / number of languages listing the word. */
export const FUNCTION_WORDS: ReadonlyMap<
  string,
  ReadonlyArray<readonly [string, number]>
> = buildIndex();

function buildIndex(): Map<string, Array<readonly [string, number]>> {
  const langsOf = new Map<string, Set<string>>();
  for (const [lang, text] of Object.entries(LISTS)) {
    for (const word of text.split(/\s+/)) {
      if (word === "") continue;
      const set = langsOf.get(word) ?? new Set<string>();
      set.add(lang);
      langsOf.set(word, set);
    }
  }
  const index = new Map<string, Array<readonly [string, number]>>();
  for (const [word, langs] of langsOf) {
    index.set(
      word,
      [...langs].map((l) => [l, 1 / langs.size] as const),
    );
  }
  return index;
}
