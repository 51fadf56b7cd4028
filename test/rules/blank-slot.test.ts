import { describe, expect, it } from 'vitest';
import { toDiagnostic } from '../../src/document/span.js';
import { listFiles } from '../../src/io/list.js';
import { readDocument } from '../../src/io/read.js';
import { blankSlot } from '../../src/rules/blank-slot.js';
import { CPPCC, HAS_CPPCC } from '../helpers.js';
import { findingsOf, found } from './rule-helper.js';

describe('blank-slot', () => {
  it.each([
    ['地区生产总值增长 %', ['1:9 " %" blank']],
    ['立案率为%', ['1:5 "%" blank']],
    ['增速达到％，', ['1:5 "％" blank']],
    ['实现地区生产总值 亿元', ['1:9 " 亿元" blank']],
    ['比上年下降 个百分点', ['1:6 " 个百分点" blank']],
    ['城镇新增就业 万人', ['1:7 " 万人" blank']],
    ['20xx年 月 日', ['1:6 " 月" blank', '1:8 " 日" blank']],
    ['2024年  月', ['1:6 "  月" blank']],
    ['其中,件重点提案', ['1:4 "件" blank']],
    ['其中，件为重点提案', ['1:4 "件" blank']],
    ['召开第 次会议', ['1:4 " 次" blank']],
    ['第一段\n政协第届委员会', ['2:4 "届" blank']],
    ['受理提案，  件；第\t批', ['1:6 "  件" blank', '1:11 "\\t批" blank']],
    ['共收到提案 件，立案 件。', ['1:6 " 件" blank', '1:11 " 件" blank']],
    ['全年共办理提案  件。', ['1:8 "  件" blank']],
    ['共有委员    名。', ['1:5 "    名" blank']],
    ['共有委员\u3000\u3000名。', ['1:5 "\u3000\u3000名" blank']],
    ['培训委员 人次，走访企业 家', ['1:5 " 人次" blank', '1:13 " 家" blank']],
    ['开展调研 次；邀请干部 位\n下一行', ['1:5 " 次" blank', '1:12 " 位" blank']],
    ['𠮷共有委员 名。', ['1:6 " 名" blank']],
    ['培育小企业各 个。院士达 人，达到 户', ['1:7 " 个" blank', '1:13 " 人" blank', '1:18 " 户" blank']],
    ['地方性法规草案 件，示范单位 个。', ['1:8 " 件" blank', '1:15 " 个" blank']],
    ['排名全国第 位，居第 名', ['1:6 " 位" blank', '1:11 " 名" blank']],
  ])('reports %s', (source, expected) => {
    expect(found(source, blankSlot)).toEqual(expected);
  });

  it.each([
    ['numbers before the unit', '增长5.2%、增长 5 %、1000亿 元、1万 亿元、为100%'],
    ['Chinese numerals before the unit', '增长百分之五、三十%、两 万人'],
    ['masks before the unit (reported by the mask rules)', '增长X%、增长*%、约XX 万元'],
    ['unit labels', '单位：%、增速（%）、单位 亿元'],
    ['words that contain a measure word', '件件有着落，项目、次年，第三次会议，超亿元'],
    ['complete dates', '2024年3月5日、二〇二四年三月'],
    ['a number between the gap and the measure word', '共收到提案 120 件、立案 3 件、共有委员 十五 名'],
    ['words split by a space (PDF text)', '发展市 场，严查腐败案 件。做到到 位，建设国 家。感谢各 位！'],
    ['a determiner or 第 before the measure word', '其 次，这 个、每 次。首 批，第 件'],
    ['a measure word that begins the next word', '全省 人民、示范 项目、各 位代表、两 个离不开、共有 名委员'],
    ['spaced-out headings', '附 件：\n政 协 委 员 名 单'],
    ['table cells, Latin and digits before the gap', '提案\t件\t312、Word 件、PDF 份、2024 年'],
    ['期, left out (机遇期, 攻坚期: too many words end in it)', '举办培训班 期。'],
    ['a unit label', '单位 件、（单位 个）'],
  ])('does not report %s', (_name, source) => {
    expect(found(source, blankSlot)).toEqual([]);
  });
});

describe.skipIf(!HAS_CPPCC)('blank-slot on the 165 real 政协 texts of ../shared/cppcc', () => {
  it('finds only the five percent signs of one draft, none of the spaces in the others', async () => {
    const rows: string[] = [];
    for (const file of await listFiles(CPPCC, ['txt'])) {
      const doc = await readDocument(file, CPPCC);
      for (const f of findingsOf(doc, [blankSlot])) {
        const d = toDiagnostic(doc, f, 'error');
        rows.push(`${doc.file}:${d.line}:${d.column} ${d.text}`);
      }
    }
    expect(rows).toEqual([
      '004_leping_proposal.txt:9:103 %', '004_leping_proposal.txt:9:121 %', '004_leping_proposal.txt:13:62 %',
      '004_leping_proposal.txt:13:96 %', '004_leping_proposal.txt:13:135 %',
    ]);
  });
});
