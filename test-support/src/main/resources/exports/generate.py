#!/usr/bin/env python3
"""Writes the three platform fixtures and, beside each, the counts a correct import must give (see NOTE.md).

Run from this directory: python3 generate.py. Deterministic (fixed seeds); needs PyYAML only, the XLSX is written as
SpreadsheetML by hand, with shared strings and date cells as Excel writes them.
"""
import csv
import datetime
import io
import random
import zipfile
from xml.sax.saxutils import escape

import yaml

DEFINITION = "../../../../../shared-schemas/src/main/resources/consultations/integrated-communities-2018.yaml"
QUESTIONS = yaml.safe_load(open(DEFINITION))["questions"]
CLOSED = {q["id"]: q["kind"] == "closed" for q in QUESTIONS}
OPENS = datetime.datetime(2018, 3, 14, 9, 0)

REASONS = [
    "People need real chances to meet and work together.",
    "Local councils know their areas best and should lead.",
    "Funding has been cut too far for this to work.",
    "English classes are the single most useful thing.",
    "It ignores the poverty that keeps people apart.",
    "Schools already do a lot of this and need support.",
    "Faith groups bring people together every week.",
    "I am not convinced the proposals will be funded.",
]


def answers(rng, scale):
    """One respondent's answers: per question (position text or None, comment or None), and the expected tallies."""
    row = {}
    for q in QUESTIONS:
        if q["kind"] == "closed":
            choice = rng.choice(list(scale) + [None])  # some leave a question unanswered
            comment = rng.choice(REASONS) if rng.random() < 0.4 else None
            row[q["id"]] = (choice, comment)
        else:
            row[q["id"]] = (None, rng.choice(REASONS) if rng.random() < 0.5 else None)
    return row


def question_headers(title, explain):
    """One column per question part: the choice under the question's title, then the explanation, if it asks one."""
    headers = []
    for q in QUESTIONS:
        headers.append(title(q))
        if q["kind"] == "closed":
            headers.append(explain(q))
    return headers


def answer_cells(row):
    cells = []
    for q in QUESTIONS:
        choice, comment = row[q["id"]]
        if q["kind"] == "closed":
            cells += [choice or "", comment or ""]
        else:
            cells.append(comment or "")
    return cells


def tally(expected, row, scale, rtype):
    expected["rows"] = expected.get("rows", 0) + 1
    expected["respondents." + rtype] = expected.get("respondents." + rtype, 0) + 1
    for qid, (choice, comment) in row.items():
        if choice is not None:
            key = "%s.%s" % (qid, scale[choice])
            expected[key] = expected.get(key, 0) + 1
        if comment is not None:
            key = qid + ".comments"
            expected[key] = expected.get(key, 0) + 1
        if choice is not None or comment is not None:
            key = qid + ".answers"
            expected[key] = expected.get(key, 0) + 1
        # as the published figures count a question's responses: a position taken, or for an open one some text
        if choice is not None or (comment is not None and not CLOSED[qid]):
            key = qid + ".responses"
            expected[key] = expected.get(key, 0) + 1


def write_expected(name, expected):
    with open(name + ".expected.properties", "w") as out:
        out.write("# what importing %s must give; written by generate.py from the rows it wrote\n" % name)
        for key in sorted(expected):
            out.write("%s=%d\n" % (key, expected[key]))


def citizen_space(rows=40):
    """CSV; a metadata block first, then one column per question part; choices as their text."""
    rng = random.Random(1)
    scale = {"Yes": "agree", "No": "disagree", "Not sure": "not_sure"}
    header = ["Response ID", "Started on", "Submitted on", "Channel", "Status",
              "What is your name?", "What is your email address?",
              "Are you responding as an individual or on behalf of an organisation?",
              "What is the name of your organisation?"]
    header += question_headers(lambda q: "%s. %s" % (q["number"], " ".join(q["text"].split())),
                               lambda q: "%s. Please explain your answer" % q["number"])
    expected = {}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for n in range(rows):
        started = OPENS + datetime.timedelta(hours=37 * n + rng.randrange(30), minutes=rng.randrange(60))
        submitted = started + datetime.timedelta(minutes=5 + rng.randrange(40), seconds=rng.randrange(60))
        organisation = rng.random() < 0.2
        anonymous = rng.random() < 0.5
        ident = "%s-%04X-%04X-%X" % ("ANON" if anonymous else "BHLF", rng.randrange(65536), rng.randrange(65536),
                                      rng.randrange(16))
        row = answers(rng, scale)
        cells = [ident, started.strftime("%Y-%m-%d %H:%M:%S"), submitted.strftime("%Y-%m-%d %H:%M:%S"), "Online",
                 "Complete", "" if anonymous else "Respondent %d" % n,
                 "" if anonymous else "respondent%d@example.org" % n,
                 "Organisation" if organisation else "Individual",
                 "Organisation %d" % n if organisation else ""]
        cells += answer_cells(row)
        writer.writerow(cells)
        tally(expected, row, scale, "organisation" if organisation else "individual")
    open("citizen-space.csv", "w", newline="", encoding="utf-8").write(out.getvalue())
    write_expected("citizen-space.csv", expected)


def smartsurvey(rows=30):
    """CSV with a byte order mark, UK dates; respondent columns first, then one column per question."""
    rng = random.Random(2)
    scale = {"Strongly agree": "agree", "Agree": "agree", "Neither agree nor disagree": "not_sure",
             "Disagree": "disagree", "Strongly disagree": "disagree"}
    header = ["UserID", "Name", "Email", "IP Address", "Unique ID", "Started", "Ended", "Tracking Link",
              "Custom Value", "Are you responding as an individual or on behalf of an organisation?"]
    header += question_headers(lambda q: "%s. %s" % (q["number"], " ".join(q["text"].split())),
                               lambda q: "Please explain your answer")
    expected = {}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for n in range(rows):
        started = OPENS + datetime.timedelta(hours=53 * n + rng.randrange(30), minutes=rng.randrange(60))
        ended = started + datetime.timedelta(minutes=3 + rng.randrange(50), seconds=rng.randrange(60))
        organisation = rng.random() < 0.25
        row = answers(rng, scale)
        cells = [str(41870000 + 17 * n + rng.randrange(17)), "", "", "203.0.113.%d" % rng.randrange(1, 255), "",
                 started.strftime("%d/%m/%Y %H:%M:%S"), ended.strftime("%d/%m/%Y %H:%M:%S"), "Web Link", "",
                 "On behalf of an organisation" if organisation else "As an individual"]
        cells += answer_cells(row)
        writer.writerow(cells)
        tally(expected, row, scale, "organisation" if organisation else "individual")
    open("smartsurvey.csv", "w", newline="", encoding="utf-8-sig").write(out.getvalue())
    write_expected("smartsurvey.csv", expected)


def microsoft_forms(rows=25):
    """XLSX as Forms' "Open in Excel": ID, Start time, Completion time, Email, Name, then one column per question."""
    rng = random.Random(3)
    scale = {"Agree": "agree", "Disagree": "disagree", "Neither": "not_sure"}
    header = ["ID", "Start time", "Completion time", "Email", "Name",
              "Are you responding as an individual or on behalf of an organisation?"]
    header += question_headers(lambda q: " ".join(q["text"].split()), lambda q: "Please explain your answer")
    expected = {}
    table = [header]
    for n in range(rows):
        started = OPENS + datetime.timedelta(hours=61 * n + rng.randrange(30), minutes=rng.randrange(60))
        completed = started + datetime.timedelta(minutes=2 + rng.randrange(30), seconds=rng.randrange(60))
        organisation = rng.random() < 0.2
        row = answers(rng, scale)
        cells = [n + 1, started, completed, "anonymous", "",
                 "On behalf of an organisation" if organisation else "As an individual"]
        cells += answer_cells(row)
        table.append(cells)
        tally(expected, row, scale, "organisation" if organisation else "individual")
    write_xlsx("microsoft-forms.xlsx", table)
    write_expected("microsoft-forms.xlsx", expected)


def column_name(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def write_xlsx(path, table):
    strings, string_index = [], {}
    sheet_rows = []
    epoch = datetime.datetime(1899, 12, 30)
    for r, cells in enumerate(table, start=1):
        xml_cells = []
        for c, value in enumerate(cells):
            ref = "%s%d" % (column_name(c), r)
            if isinstance(value, datetime.datetime):
                serial = (value - epoch).total_seconds() / 86400
                xml_cells.append('<c r="%s" s="1"><v>%.10f</v></c>' % (ref, serial))
            elif isinstance(value, int):
                xml_cells.append('<c r="%s"><v>%d</v></c>' % (ref, value))
            elif value != "":
                if value not in string_index:
                    string_index[value] = len(strings)
                    strings.append(value)
                xml_cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, string_index[value]))
        sheet_rows.append('<row r="%d">%s</row>' % (r, "".join(xml_cells)))
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rel,
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>'
            '</workbook>' % (main, rel),
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rId3" Type="%s/styles" Target="styles.xml"/></Relationships>' % (rel, rel, rel),
        "xl/styles.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<styleSheet xmlns="%s"><numFmts count="1"><numFmt numFmtId="164" formatCode="m/d/yy h:mm:ss"/></numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>'
            '</styleSheet>' % main,
        "xl/sharedStrings.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
            % (main, len(strings), len(strings), "".join("<si><t>%s</t></si>" % escape(s) for s in strings)),
        "xl/worksheets/sheet1.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="%s"><sheetData>%s</sheetData>'
            '</worksheet>' % (main, "".join(sheet_rows)),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as xlsx:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2018, 6, 6, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            xlsx.writestr(info, content)


if __name__ == "__main__":
    citizen_space()
    smartsurvey()
    microsoft_forms()
