#!/usr/bin/env python3
"""Writes the small seed files in this folder (fuzzer seeds; see README.md). Run it from here
after changing it; the outputs are committed so builds need no Python."""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def write(path, data):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as f:
        f.write(data)


# --- CSV ----------------------------------------------------------------------------------
write('csv/quoted-crlf.csv', '姓名,备注\r\n王伟,"第一行\r\n第二行，""引号"""\r\n张三,\r\n'.encode('utf-8'))
write('csv/utf8-bom.csv', '\ufeff会员编号,姓名,手机\r\nD1,李四,13800138000\r\n'.encode('utf-8'))
write('csv/gb18030.csv', '姓名,手机,入会日期\r\n王\u3000伟,１３８００１３８０００,2017.6\r\n'.encode('gb18030'))
write('csv/utf16le.csv', '\ufeff姓名\t手机\r\n王伟\t138\r\n'.encode('utf-16-le'))
write('csv/utf16be.csv', '\ufeff姓名,手机\r\n王伟,138'.encode('utf-16-be'))
write('csv/cr-only.csv', b'a,b\rc,d\r')
write('csv/semicolons.csv', b'a;b;c\n1;2,5;3\n')
write('csv/neutralised.csv', b"'=1+1,'+86,'-5,'@x,''=y,plain\r\n")
write('csv/unclosed-quote.csv', b'a,b\r\n"never closed,c\r\nd,e\r\n')
write('csv/empty-fields.csv', b'a,,c\r\n,,\r\n\r\nlast,')

# --- XLSX ---------------------------------------------------------------------------------
NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'

STYLES = ('<styleSheet %s><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/>'
          '<numFmt numFmtId="165" formatCode="[Red]0.00"/></numFmts>'
          '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>'
          '</cellXfs></styleSheet>' % NS)
SST = ('<sst %s count="3" uniqueCount="3"><si><t>会员编号</t></si>'
       '<si><r><rPr><b/></rPr><t>王</t></r><r><t xml:space="preserve">　伟</t></r>'
       '<rPh sb="0" eb="1"><t>おう</t></rPh></si><si><t>a_x000D_b</t></si></sst>' % NS)
SHEET1 = ('<worksheet %s><sheetData>'
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>入会日期</t></is></c>'
          '<c r="C1" t="s"><v>2</v></c></row>'
          '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="2"><v>42887</v></c><c r="C2" s="1"><v>2017.6</v></c>'
          '<c r="D2" t="str"><f>A2</f><v>王　伟</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#N/A</v></c>'
          '<c r="G2"><f>1+1</f><v>2</v></c><c r="H2" s="3"><v>1.1010519880906E+017</v></c></row>'
          '<row r="4"><c r="C4" t="inlineStr"><is><r><t>rich</t></r><r><t> text</t></r></is></c></row>'
          '</sheetData></worksheet>' % NS)
SHEET2 = ('<worksheet %s><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>second</t></is></c></row>'
          '</sheetData></worksheet>' % NS)


def xlsx(path, sheets, shared=None, styles=None, hidden_first=False):
    book = '<workbook %s><workbookPr date1904="false"/><sheets>' % NS
    rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    files = {}
    for i, (name, xml) in enumerate(sheets, 1):
        state = ' state="hidden"' if hidden_first and i == 1 else ''
        book += '<sheet name="%s" sheetId="%d" r:id="rId%d"%s/>' % (name, i, i, state)
        rels += '<Relationship Id="rId%d" Type="%sworksheet" Target="worksheets/sheet%d.xml"/>' % (i, REL, i)
        files['xl/worksheets/sheet%d.xml' % i] = xml
    if shared:
        rels += '<Relationship Id="rIdS" Type="%ssharedStrings" Target="sharedStrings.xml"/>' % REL
        files['xl/sharedStrings.xml'] = shared
    if styles:
        rels += '<Relationship Id="rIdT" Type="%sstyles" Target="styles.xml"/>' % REL
        files['xl/styles.xml'] = styles
    files['xl/workbook.xml'] = book + '</sheets></workbook>'
    files['xl/_rels/workbook.xml.rels'] = rels + '</Relationships>'
    files['_rels/.rels'] = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                            '<Relationship Id="rId1" Type="%sofficeDocument" Target="xl/workbook.xml"/>'
                            '</Relationships>' % REL)
    files['[Content_Types].xml'] = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with zipfile.ZipFile(full, 'w', zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[name].encode('utf-8'))


xlsx('xlsx/types-and-styles.xlsx', [('会员', SHEET1), ('Second', SHEET2)], SST, STYLES)
xlsx('xlsx/hidden-first-sheet.xlsx', [('lists', SHEET2), ('data', SHEET1)], SST, STYLES, hidden_first=True)
xlsx('xlsx/inline-only.xlsx', [('Sheet1', SHEET2)])

# --- XML parts for fuzz_xlsx_reader: sheet NUL sharedStrings NUL styles -------------------------
write('xlsx-parts/all-types.xml', (SHEET1 + '\0' + SST + '\0' + STYLES).encode('utf-8'))
write('xlsx-parts/sheet-only.xml', SHEET2.encode('utf-8'))
write('xlsx-parts/doctype.xml', ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
                                 '<worksheet><sheetData><row><c t="inlineStr"><is><t>&a;</t></is></c></row>'
                                 '</sheetData></worksheet>').encode('utf-8'))
