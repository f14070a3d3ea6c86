/** Chinese and Japanese: numerals, myriad scales and the units written after a number. */

export const CJK_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
export const CJK_SMALL_SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
export const CJK_SCALES: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };

/** Units after a number, longest first wins. */
export const CJK_UNITS: Record<string, string> = {
  美元: 'USD', 美金: 'USD', ドル: 'USD', 人民币: 'CNY', 元: 'CNY', 港元: 'HKD', 港币: 'HKD', 日元: 'JPY', 円: 'JPY', 欧元: 'EUR', ユーロ: 'EUR',
  英镑: 'GBP', 新台幣: 'TWD', 台幣: 'TWD', 韩元: 'KRW', '%': '%', '％': '%', 倍: 'x', 个百分点: 'pp', 個百分點: 'pp', ポイント: 'points',
  公里: 'km', 千米: 'km', キロメートル: 'km', 米: 'm', メートル: 'm', 厘米: 'cm', 平方公里: 'km2', 公斤: 'kg', 千克: 'kg', 吨: 't', トン: 't',
  升: 'L', 小时: 'h', 小時: 'h', 時間: 'h', 分钟: 'min', 分鐘: 'min', 秒: 's', 天: 'days', 日間: 'days', 周: 'weeks', 週間: 'weeks',
  个月: 'months', 個月: 'months', ヶ月: 'months', か月: 'months', 年: 'years', 年間: 'years', 岁: 'years', 歳: 'years', 才: 'years',
  万千瓦: 'MW', 千瓦: 'kW', 兆瓦: 'MW',
};

/**
 * 元 is the local currency: yuan in mainland China, the Taiwan dollar in Taiwan, the Hong Kong dollar in
 * Hong Kong. Keys are language subtags (zh-TW, zh-Hant, zh-Hant-HK); the region wins over the script.
 */
export const CJK_YUAN: Record<string, string> = { hant: 'TWD', tw: 'TWD', hk: 'HKD', mo: 'MOP' };

/** Counters: a noun follows them, or they mean people on their own. */
export const CJK_COUNTERS = ['名', '位', '个', '個', '人', '人次', '家', '款', '辆', '架', '台', '件', '条', '項', '项', '場', '场', '次'];

/** Counted nouns after a counter, to an English plural. */
export const CJK_NOUNS: Record<string, string> = {
  人: 'people', 男子: 'people', 女子: 'people', 男性: 'men', 女性: 'women', 员工: 'employees', 員工: 'employees', 职工: 'employees', 工人: 'employees',
  宇航员: 'astronauts', 宇航員: 'astronauts', 乘客: 'passengers', 游客: 'visitors', 观众: 'spectators', 用户: 'users', 用戶: 'users', ユーザー: 'users',
  学生: 'students', 儿童: 'children', 孩子: 'children', 死者: 'deaths', 遇难者: 'deaths', 患者: 'patients', 病例: 'cases', 医生: 'doctors',
  公司: 'companies', 企业: 'companies', 企業: 'companies', 国家: 'countries', 記録: 'records', 记录: 'records', 棋谱: 'records', 汽车: 'vehicles',
  车辆: 'vehicles', 飞机: 'aircraft', 岗位: 'jobs', 工作岗位: 'jobs', 票: 'votes', 士兵: 'troops', 会员: 'members', 回答者: 'respondents',
};
/** Counter alone means people: 17名 → 17 people. */
export const CJK_PEOPLE_COUNTERS = ['名', '位', '人', '人次'];

export const CJK_APPROX_BEFORE = ['大约有', '约有', '至少有', '将近有', '超过有', '大约', '大約', '约', '約', '将近', '將近', '接近', '近', '超过', '超過', '逾', '至少', '多达', '多達', '高达', '高達', '不到', '约合', '最多'];
export const CJK_APPROX_AFTER = ['多', '余', '餘', '左右', '以上', '前後', '程度', '強', '弱', '近く', '以上'];

/** "每小时" before a distance turns it into a speed. */
export const CJK_PER_HOUR = ['每小时', '每小時', '時速'];

/** After a number these mark a date or an edition, not a quantity. */
export const CJK_DATE_AFTER = ['月', '日', '号', '號', '年代', '世纪', '世紀', '年版', '年度', '点', '時', '时'];
