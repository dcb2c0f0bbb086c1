"""Findings for CI: GitHub Actions workflow commands, a step-summary table, and JUnit XML.

GitHub (`--format github`): one `::error` / `::warning` command per finding, which GitHub turns
into an annotation on the offending line of the pull request. Annotations are capped per step, so
`step_summary_markdown` gives the full list as a Markdown table for `$GITHUB_STEP_SUMMARY`.

JUnit (`--format junit`): one <testsuite name="nhanluc check">, one <testcase> per finding. GitLab
shows only a failure's body, so the message is both the `message` attribute and the body.
Errors are <failure>s. Warnings are passing testcases whose <system-out> carries the message
(they are there to be read, and `check` exits 0 on them), unless `strict`, where `check` fails
on them too and they become <failure>s. With no findings there is one passing testcase
"nhanluc check", so that CI tools see that a test ran rather than an empty report.

Pure: findings in, text out. The CLI reads the environment and writes the files.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence

from nhanluc_cli.findings import Finding, count_by_severity
from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.render.findings import full_message, path_text, visible


def render(fmt: str, findings: Sequence[Finding], lang: Lang, *, strict: bool = False) -> str:
    """The whole output of `check --format github|junit` (no trailing newline)."""
    if fmt == "github":
        return github_commands(findings, lang)
    if fmt == "junit":
        return junit_xml(findings, lang, strict=strict)
    raise ValueError(f"not a CI format: {fmt}")


# ---------------------------------------------------------------------------------------------
# GitHub Actions workflow commands
#
# Escaping follows @actions/core, packages/core/src/command.ts in github.com/actions/toolkit:
#   escapeData(s):     % -> %25, \r -> %0D, \n -> %0A
#   escapeProperty(s): the same, then : -> %3A and , -> %2C
# "%" goes first so that the escapes themselves are not escaped again. The runner undoes exactly
# these, so a path or message with a comma, colon, newline or percent sign arrives intact.


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(command: str, properties: Mapping[str, object], message: str) -> str:
    """`::command key=value,key=value::message`; empty properties are left out, as the toolkit
    does."""
    pairs = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in properties.items()
        if value not in (None, "")
    )
    return f"::{command}{' ' + pairs if pairs else ''}::{escape_data(message)}"


def github_annotation(finding: Finding, lang: Lang) -> str:
    properties = {
        "file": visible(finding.file),
        "line": finding.line,
        "col": finding.column,
        "title": finding.code,
    }
    return workflow_command(finding.severity, properties, visible(full_message(finding, lang)))


def github_commands(findings: Sequence[Finding], lang: Lang) -> str:
    return "\n".join(github_annotation(finding, lang) for finding in findings)


# ---------------------------------------------------------------------------------------------
# The step summary: every finding, since annotations are capped per step


def _cell(value: object) -> str:
    """A Markdown table cell: one line, and a "|" that does not end the cell."""
    return " ".join(str(value).split()).replace("|", "\\|")


# GitHub refuses a step summary over 1 MiB (and then shows none of it): stop well before that.
SUMMARY_BUDGET = 900 * 1024


def step_summary_markdown(
    findings: Sequence[Finding], lang: Lang, budget: int = SUMMARY_BUDGET
) -> str:
    """A heading with the counts, then a table of all findings (or a line saying none); past
    `budget` bytes, a line that counts the rows left out instead of them."""
    counts = count_by_severity(findings)
    if not findings:
        return f"### {word('ci.summary_title', lang)}\n\n{word('ci.summary_none', lang)}\n"
    header = [
        word(f"ci.col_{name}", lang)
        for name in ("file", "line", "column", "severity", "code", "message")
    ]
    lines = [
        f"### {word('ci.summary_title', lang)}",
        "",
        word("ci.summary_counts", lang, **counts),
        "",
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    size = sum(len(line.encode()) + 1 for line in lines)
    for shown, finding in enumerate(findings):
        row = _summary_row(finding, lang)
        size += len(row.encode()) + 1
        if size > budget:
            lines += ["", word("ci.summary_more", lang, count=len(findings) - shown)]
            break
        lines.append(row)
    return "\n".join(lines) + "\n"


def _summary_row(finding: Finding, lang: Lang) -> str:
    message = full_message(finding, lang)
    if path := path_text(finding):
        message = f"`{path}`: {message}"
    cells = [
        finding.file,
        finding.line,
        finding.column,
        word(finding.severity, lang),
        finding.code,
        message,
    ]
    return "| " + " | ".join(_cell(value) for value in cells) + " |"


# ---------------------------------------------------------------------------------------------
# JUnit XML

SUITE_NAME = "nhanluc check"
# Characters XML 1.0 cannot hold at all; a message must never make the report unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _place(finding: Finding) -> str:
    path = path_text(finding)
    path = f" {path}:" if path else ""
    return (
        f"{finding.file}:{finding.line}:{finding.column}: {finding.severity} {finding.code}{path}"
    )


def _testcase(suite: ET.Element, finding: Finding, lang: Lang, strict: bool) -> bool:
    """Adds the finding's testcase; True when it is a failure."""
    message = _xml_text(full_message(finding, lang))
    case = ET.SubElement(
        suite,
        "testcase",
        {
            "classname": _xml_text(finding.file),
            "name": f"{finding.code} {finding.line}:{finding.column}",
            "file": _xml_text(finding.file),
            "line": str(finding.line),
        },
    )
    body = f"{_xml_text(_place(finding))} {message}"
    if finding.is_error or strict:
        failure = ET.SubElement(case, "failure", {"message": message, "type": finding.code})
        failure.text = body
        return True
    ET.SubElement(case, "system-out").text = body
    return False


def junit_xml(findings: Sequence[Finding], lang: Lang, *, strict: bool = False) -> str:
    root = ET.Element("testsuites", {"name": "nhanluc"})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE_NAME})
    failures = sum(_testcase(suite, finding, lang, strict) for finding in findings)
    if not findings:
        ET.SubElement(suite, "testcase", {"classname": "nhanluc", "name": SUITE_NAME})
    tests = max(len(findings), 1)
    for element in (root, suite):
        element.set("tests", str(tests))
        element.set("failures", str(failures))
        element.set("errors", "0")
    suite.set("skipped", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
