#!/usr/bin/env python3
"""Fills Whittle's .ts files from translations/catalog.py.

    cmake --build build --target update-translations   # new strings into the .ts files
    python3 scripts/translate.py                       # their translations from the catalog

Every message whose source string is in the catalog gets its translation
(plural messages get one form per numerus form of the language) and loses
type="unfinished"; the messages the catalog lacks are listed and keep
type="unfinished", so that tst_translations fails until they are added.
It writes the files as lupdate does, so the two can run in either order and
re-running either changes nothing once the files are complete. Exit status 1
when some message has no translation.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "translations"))
from catalog import CATALOG, CONTEXT_OVERRIDES  # noqa: E402

LANGUAGES = {"de": ("whittle_de.ts", 0, 2), "zh_CN": ("whittle_zh_CN.ts", 1, 1)}
PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")


def check(source, text, lang):
    """The translation keeps the source's placeholders and line ends."""
    problems = []
    if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
        problems.append("placeholders %s vs %s" % (sorted(set(PLACEHOLDER.findall(source))),
                                                   sorted(set(PLACEHOLDER.findall(text)))))
    if source.endswith("\n") != text.endswith("\n"):
        problems.append("trailing newline")
    if source.count("&") - 2 * source.count("&&") > 0 and "&" not in text:
        problems.append("accelerator")
    if source.endswith("…") != text.endswith("…"):
        problems.append("ellipsis")
    return ["%s: %r: %s" % (lang, source, p) for p in problems]


def translate(lang):
    filename, column, forms = LANGUAGES[lang]
    path = os.path.join(ROOT, "translations", filename)
    with open(path, encoding="utf-8") as f:
        header = f.read().split("<TS", 1)[0]
    tree = ET.parse(path)
    missing, problems, filled = [], [], 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            entry = CONTEXT_OVERRIDES.get((name, source)) or CATALOG.get(source)
            if entry is None:
                missing.append((name, source))
                continue
            text = entry[column]
            numerus = message.get("numerus") == "yes"
            if numerus:
                texts = [text] if isinstance(text, str) else list(text)
                if len(texts) != forms:
                    problems.append("%s: %r: needs %d plural forms" % (lang, source, forms))
                    continue
                for old in list(translation):
                    translation.remove(old)
                translation.text = None
                for t in texts:
                    ET.SubElement(translation, "numerusform").text = t
                    problems += check(source, t, lang)
            else:
                if not isinstance(text, str):
                    problems.append("%s: %r: not a plural message" % (lang, source))
                    continue
                translation.text = text
                problems += check(source, text, lang)
            translation.attrib.pop("type", None)
            filled += 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(header + serialize(tree.getroot()))
    return filled, missing, problems


def escape(text):
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace("'", "&apos;").replace('"', "&quot;")


def attributes(element):
    return "".join(' %s="%s"' % (k, escape(v)) for k, v in element.attrib.items())


def serialize(ts):
    """The .ts file as lupdate writes it, so that lupdate and this script
    leave each other's output unchanged."""
    out = ["<TS%s>\n" % attributes(ts)]
    for context in ts.iter("context"):
        out.append("<context>\n")
        for child in context:
            if child.tag != "message":
                out.append("    <%s%s>%s</%s>\n" % (child.tag, attributes(child), escape(child.text), child.tag))
                continue
            out.append("    <message%s>\n" % attributes(child))
            for part in child:
                forms = list(part.iter("numerusform"))
                if part.tag == "translation" and forms:
                    out.append("        <translation%s>\n" % attributes(part))
                    for form in forms:
                        out.append("            <numerusform>%s</numerusform>\n" % escape(form.text))
                    out.append("        </translation>\n")
                else:
                    out.append("        <%s%s>%s</%s>\n" % (part.tag, attributes(part), escape(part.text), part.tag))
            out.append("    </message>\n")
        out.append("</context>\n")
    out.append("</TS>\n")
    return "".join(out)


def main():
    status = 0
    for lang in LANGUAGES:
        filled, missing, problems = translate(lang)
        print("%s: %d messages translated, %d missing" % (lang, filled, len(missing)))
        for context, source in missing:
            print("  missing [%s] %r" % (context, source))
        for p in problems:
            print("  " + p)
        if missing or problems:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
