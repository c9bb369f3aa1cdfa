#!/usr/bin/env python3
"""Writes the fixture sources (FODS, CSV, a PNG) that make.sh converts with LibreOffice.

The sheets imitate what township staff keep: a title row merged across, a unit/date row, a two-row header with a
merged parent cell, headers spelt many ways, ID numbers as text and (wrongly) as numbers, bad and duplicate rows.
The ID numbers are fictitious but carry valid GB 11643 check characters (except where a test wants a bad one).
"""
import os, struct, zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

def idn(first17):
    return first17 + '10X98765432'[sum(int(c) * w for c, w in zip(first17, W)) % 11]

ID_MA = idn('64012119700312001')      # 马文学
ID_YANG = idn('64012119720805002')    # 杨秀兰
ID_BAD = idn('64012119650101003')[:-1] + ('1' if idn('64012119650101003')[-1] != '1' else '2')  # wrong check
ID_DB = idn('64012119800909004')      # the test puts this person into another household first
ID_NA = idn('64012119830303005')      # 李俊镇 西邵村
ID_GU = idn('64042219900101006')      # 闽宁镇: a 固原 number
ID_AMB = idn('64012119770707007')
ID_UNK = idn('64012119660606008')

def cell(v, kind=None, span=None, vspan=None):
    attrs = ''
    if span: attrs += f' table:number-columns-spanned="{span}"'
    if vspan: attrs += f' table:number-rows-spanned="{vspan}"'
    if v is None:
        return f'<table:table-cell{attrs}/>'
    if kind == 'float' or (kind is None and isinstance(v, (int, float))):
        return f'<table:table-cell{attrs} office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell{attrs} office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'

def covered(n=1):
    return '<table:covered-table-cell/>' * n

def fods(path, rows_xml, ncols):
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="台账">
<table:table-column table:number-columns-repeated="{ncols}"/>
{"".join(f"<table:table-row>{r}</table:table-row>" for r in rows_xml)}
</table:table></office:spreadsheet></office:body></office:document>
'''
    with open(path, 'w', encoding='utf-8') as f:
        f.write(doc)

# ---- gov-ledger: title, unit/date row, two-row merged header, problems --------------------------------------
N = 11
rows = [
    cell('永宁县2021年脱贫监测户台账', span=N) + covered(N - 1),
    cell('填报单位：杨和镇人民政府', span=6) + covered(5) + cell('填报日期：2021年12月31日', span=5) + covered(4),
    # row 3: parents (vertical merges and the 家庭成员 group over two columns)
    cell('序号', vspan=2) + cell('户编号', vspan=2) + cell('家庭成员', span=2) + covered(1) + cell('乡镇', vspan=2)
    + cell('村', vspan=2) + cell('联系电话', vspan=2) + cell('人均纯收入（元）', vspan=2) + cell('致贫原因', vspan=2)
    + cell('帮扶责任人', vspan=2) + cell('备注', vspan=2),
    # row 4: children
    covered(2) + cell('姓名') + cell('身份证号') + covered(7),
]
data = [
    # 序号, 户编号, 姓名, 身份证号 (kind), 乡镇, 村, 电话 (kind), 收入 (kind), 致贫原因, 帮扶人, 备注
    (1, None, '马文学', (ID_MA, 'string'), '杨和镇', '王太村', ('13800138000', 'string'), ('5,800元', 'string'), '因病', '李建国', None),
    (2, None, '杨秀兰', (ID_YANG, 'string'), '杨和镇', '王太', (13912345678, 'float'), (6200, 'float'), '因残、因学', '李建国', '无'),
    (3, None, '张校验', (ID_BAD, 'string'), '杨和镇', '纳家户村', None, (5000, 'float'), '因病', None, None),
    (4, None, '王数字', (640121198001010000, 'float'), '杨和镇', '观桥村', None, (5100, 'float'), '因灾', None, None),
    (5, None, '马文学', (ID_MA, 'string'), '杨和镇', '王太村', None, (5800, 'float'), '因病', None, '重复录入'),
    (6, None, '周已登', (ID_DB, 'string'), '杨和镇', '红星村', None, (5300, 'float'), '因病', None, None),
    (7, None, '吴两处', (ID_AMB, 'string'), None, '一分场', None, (5200, 'float'), '缺劳动力', None, None),
    (8, None, '郑无村', (ID_UNK, 'string'), '杨和镇', '幸福村', None, (5400, 'float'), '因病', None, None),
    (9, None, '李西邵', (ID_NA, 'string'), '李俊镇', '西邵', None, (4800, 'float'), '因学', '王芳', None),
    (10, None, '海原隆', (ID_GU, 'string'), '闽宁镇', '原隆村', None, (4900, 'float'), '务工就业不稳', '马强', None),
]
for r in data:
    xml = ''
    for v in r:
        if isinstance(v, tuple):
            xml += cell(v[0], v[1])
        else:
            xml += cell(v)
    rows.append(xml)
rows.append(cell('填表人：张三', span=4) + covered(3) + cell('审核人：李四', span=4) + covered(3))
fods(os.path.join(HERE, 'gov-ledger.fods'), rows, N)

# ---- varied headers: one header row, other spellings, a path place, the category as a column ------------------
ID_V1 = idn('64012119580214011')
ID_V2 = idn('64012119910521012')
rows = [
    cell('户主') + cell('公民身份号码') + cell('所在村(社区)') + cell('手机号') + cell('家庭人均纯收入') + cell('类别') + cell('风险类型') + cell('说明'),
    cell('纳海成') + cell(ID_V1, 'string') + cell('杨和镇 纳家户村') + cell('13709511234', 'string') + cell(7300, 'float') + cell('边缘户') + cell('因病') + cell(None),
    cell('丁梅') + cell(ID_V2, 'string') + cell('640121100205') + cell(None) + cell('6,050.50') + cell('监测户') + cell('住房安全, 饮水安全') + cell('2021年3月5日走访'),
]
fods(os.path.join(HERE, 'varied-headers.fods'), rows, 8)

# ---- CSVs -------------------------------------------------------------------------------------------------------
ID_E1 = idn('64012119640110021')
ID_G1 = idn('64012119700820031')
with open(os.path.join(HERE, 'missing-columns.csv'), 'w', encoding='utf-8') as f:
    f.write('姓名,电话,备注\n马小明,13800000001,没有身份证号和村\n')
# IDs typed into a CSV without quotes: LibreOffice (like Excel) turns them into numbers.
with open(os.path.join(HERE, 'scientific.csv'), 'w', encoding='utf-8') as f:
    f.write(f'户主姓名,身份证号码,所在村,监测类别\n马科学,{ID_E1},杨和镇王太村,监测户\n')
with open(os.path.join(HERE, 'assignments.csv'), 'w', encoding='utf-8') as f:
    f.write('措施序号,责任单位,状态,进展情况\n'
            '4,人社局,推进中,已与各乡镇核对返岗就业数据\n'
            '5,财政局,推进中,已拨付乡镇备用金\n'
            '4,人社局,申请销号,重复的一行\n'
            '13,人社局,推进中,没有第13条\n'
            '4,宣传部,推进中,没有这个单位\n')
# Kept as CSV (not converted): English headers with a UTF-8 BOM, and a GB18030 file as WPS saves it.
with open(os.path.join(HERE, '..', 'english-headers.csv'), 'w', encoding='utf-8-sig') as f:
    f.write('Head of household,Head ID number,Village (community),Category,Phone,Net income per capita (CNY/yr)\n')
    f.write(f'Ma Yilin,{ID_E1},杨和镇 观桥村,MONITORED,13800138001,"6,400"\n')
with open(os.path.join(HERE, '..', 'gbk.csv'), 'wb') as f:
    f.write(('户主姓名,身份证号,乡镇,村,监测类别,人均纯收入\n'
             f'马国强,{ID_G1},杨和镇,永红村,脱贫监测户,5900\n').encode('gb18030'))
# Excel's own CSV of a number-formatted ID column: the digits are gone for good.
with open(os.path.join(HERE, '..', 'scientific-excel.csv'), 'w', encoding='utf-8-sig') as f:
    f.write('户主姓名,身份证号,所在村,监测类别\n马科学,6.40121E+17,王太村,监测户\n')

# ---- not a spreadsheet ------------------------------------------------------------------------------------------
def png(path):
    raw = b'\x00\xff\x00\x00'
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')
    with open(path, 'wb') as f:
        f.write(data)
png(os.path.join(HERE, '..', 'photo.xlsx'))
with open(os.path.join(HERE, '..', 'notes.xlsx'), 'w', encoding='utf-8') as f:
    f.write('这是一份会议记录，不是表格。\n')

with open(os.path.join(HERE, 'ids.txt'), 'w') as f:
    for k, v in sorted(globals().items()):
        if k.startswith('ID_'):
            f.write(f'{k}={v}\n')
