"""Translation chores for the Qt Linguist files in resources/i18n (run with the project's Python).

    python tools/i18n.py missing [--json]     list messages still untranslated in fi or sv
    python tools/i18n.py fill FILE.json       apply translations, then `make i18n-update` tidies
    python tools/i18n.py merge OTHER.ts...    take translations for untranslated messages from
                                              other copies of the files (e.g. after a git merge)

FILE.json is a list of {"context": ..., "source": ..., "fi": ..., "sv": ..., "en": ...};
"en" is optional (the English text is the source itself). For a plural message ("%n …"),
give each language as a list of its forms (fi/en/sv: singular, plural).
Messages are matched by (context, source). English messages left untranslated get their
source as the translation, so the English file never shows "unfinished".
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fi", "sv", "en")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def ts_path(language: str) -> Path:
    return I18N / f"sopiva_desk_{language}.ts"


def load(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def save(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    path.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


def messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def is_done(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = list(translation.iter("numerusform"))
        return bool(forms) and all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def translation_of(message: ET.Element) -> str | list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return translation.text or ""


def set_translation(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value, value]
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[-1]


def english_defaults(tree: ET.ElementTree) -> int:
    count = 0
    for _, source, message in messages(tree):
        if not is_done(message):
            set_translation(message, source)
            count += 1
    return count


def tidy() -> None:
    subprocess.run(["make", "-s", "i18n-update"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def cmd_missing(as_json: bool) -> int:
    todo: dict[tuple[str, str], dict[str, object]] = {}
    for language in ("fi", "sv"):
        for context, source, message in messages(load(ts_path(language))):
            if not is_done(message):
                entry = todo.setdefault((context, source), {"context": context, "source": source})
                entry[language] = [source, source] if message.get("numerus") == "yes" else ""
    if as_json:
        print(json.dumps(list(todo.values()), ensure_ascii=False, indent=1))
    else:
        for context, source in todo:
            print(f"{context}: {source}")
    return 1 if todo else 0


def cmd_fill(path: Path) -> int:
    entries = json.loads(path.read_text(encoding="utf-8"))
    wanted = {(e["context"], e["source"]): e for e in entries}
    unused = set(wanted)
    for language in LANGUAGES:
        tree = load(ts_path(language))
        for context, source, message in messages(tree):
            entry = wanted.get((context, source))
            if entry is not None and language in entry:
                set_translation(message, entry[language])
                unused.discard((context, source))
        if language == "en":
            english_defaults(tree)
        save(tree, ts_path(language))
    tidy()
    for context, source in sorted(unused):
        print(f"not in the files (run `make i18n-update` first?): {context}: {source}", file=sys.stderr)
    return 1 if unused else 0


def cmd_merge(others: list[Path]) -> int:
    taken = 0
    for language in LANGUAGES:
        known: dict[tuple[str, str], str | list[str]] = {}
        for other in others:
            if other.name.endswith(f"_{language}.ts") or other.is_dir():
                path = other / ts_path(language).name if other.is_dir() else other
                for context, source, message in messages(load(path)):
                    if is_done(message):
                        known.setdefault((context, source), translation_of(message))
        tree = load(ts_path(language))
        for context, source, message in messages(tree):
            if not is_done(message) and (context, source) in known:
                set_translation(message, known[(context, source)])
                taken += 1
        save(tree, ts_path(language))
    tidy()
    print(f"took {taken} translations")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("missing", "fill", "merge"):
        print(__doc__)
        return 2
    if argv[0] == "missing":
        return cmd_missing("--json" in argv[1:])
    if argv[0] == "fill":
        return cmd_fill(Path(argv[1]))
    return cmd_merge([Path(a) for a in argv[1:]])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
