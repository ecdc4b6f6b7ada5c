/**
 * Traditional characters folded to the simplified ones every reader of the text is written in. A 情况说明 copied from a
 * mirror site in traditional characters ('支出預算為7萬元,比2019年預算增加2.66萬元') is the same prose, but unfolded its 萬元
 * is no unit and its 預算, 減少, 增長 are no words the readers know: none of its figures could be checked.
 *
 * One character for one (all in the Basic Multilingual Plane), so a folded text keeps the printed one's length and
 * positions, and what a finding quotes is given back as printed (restoreQuotes). Only characters with one simplified
 * form are listed: 著 (着 / 著), 乾 (干 / 乾) and 瞭 are left as printed.
 */
import type { Finding } from '../../findings';
import { toHalfWidth } from '../../grid/text';
import type { Paragraph } from './tokens';

const TRADITIONAL =
  '萬億與為於個這說説國會對區財單額較減資務專總際門關機開時們來過業產當現發後從實應點體動進長預經費項撥營運員級決縣鎮鄉協稅' +
  '轉計劃報書統標準審構設備購買賣貨車輛補貼險養療醫衛護環節約調結餘續繳納況間問題類別參並舉辦處廳屬廠廣東華陽陰漢灣遼寧龍蘇' +
  '閩贛魯粵瓊貴雲陝慶臺維訓練議論認識證許訂記講請誠評試詢譯談讀諮語誤諾該詳謝讓變顯響頁頂順須領頭願顧風飛館馬驗魚鳥麥黃黨齊' +
  '齡歲歷曆曉條極樓樣權檢樹橋櫃歸殘氣沒溝溫滿漁潔濟災無熱獎狀獨畫畢疊盡監盤眾衆礎確禮種稱穩積窮競筆範築簡籌簽籤糧紀紅純紙紛' +
  '細終組絕給絲綜網綠緊線綫編緩縮績織繼罰習聯職聽腦臨興舊艱藝藥號製複復規視覽觀訊託診詞誰課諸貧販責貸貿賓賠賦質賽贈贊讚趕趨' +
  '跡踐軍軌軟載輔輸轄農連遊達違遠適遷選遺還邊郵釋針鈔鋪銀銷錄錢錯鍵鐵鑒閉閒閱陸陳隊階隨隱雙雜離難電靈韓頻飯飲髮鬧僅優價傳債' +
  '傷儀儲兒內兩冊凍劑勞勢勵勸卻厲啟啓嚴團園圍圖圓場塊壓壞壽夠夢奮婦學寫寬導將尋層屆島幣幫幹庫廢張彈強彙匯滙徑徵態慮憑懷戰戶' +
  '掃執擔據擇擊擬擴擺攜損換揮採搶敗數斷晉暫歐歡漲測滯滅漸潛澤燈爭爾牽獻獲穫畝異碼糾緒羅聞聲肅腳莊葉蓋蘭虧蝕術衝裝裡裏覺親觸' +
  '討訪誌謀豐貝負貢貫賃賬賞賴贏趙輕輪辭邏鄰鏈鐘鍾隸雖頒頓飼駐駕騰驅麼佈併佔係倉側偵傭僱儘償兌淨凈剛創劇勁勝卹廈吳週噸堅墊壇' +
  '壯奧奪嬰孫岡崗嶺巖帥師帶廟彌徹恆惡愛慣憲懸戲拋捨掛揚擁擋擠攝攤敵昇曬桿棄棟楊樂樞橫檔欄殺殼毀涼湯濕溼滬潤澇濱灑烏煉煙燒爐' +
  '牆犧狹獄甦癒盧矯碩礦祿禦竄籃緝緣緯縱繩繪纖義聖脫膠臟艙蔣薦薩藍蘋覓訴詐誇誼謂謹譽豎豬賀賢賺躍輝輩輯辯迴遞邁鄭鄧釐鉛銅鋼錶' +
  '鍋鎖鏡鑄閃閣闖隻靜頃顏饋馮馳駛驚髒鬆鮮鳳鴻鹽麗黴龜亂亞倆倫偉偽傑傘僑儉凱劉則剝勻匱叢喪嘆嘗囑塵壩夾寶屢廚彎恥悅慘憂懇懲懼' +
  '戀撈撐撫撲擾攔攪敘暢曠棧榮樁樸檯颱欽殲汙滄滲漿潑潰澀濃濤濫濾瀏灘煥燦燭爛爺猶獅獵獸瑣盞瞞矚磚礙祕禍窩窪篤籠籬紋紐紗紡紹絀' +
  '絞絡綁綏綢綱締緬縛縫繞繡繹纏纜罷聳聶脈脹腸膚艷萊蒼蓮蕭蕪蘆蘊虛虜蠟蠶蠻褲襪見訟訣註証詠誕誡誦諒諜諭諱諷諺謄謎謙謠謬譏譚譜' +
  '譴兇剋彥揀搖攏櫻殤氾沖滷熾瘋癥穀繫蔔蟲迺鬥鬱闆醜薑麵陣暈纔盃儅糰襯衞闕鋁鋅鐳銜鎊陞';
const SIMPLIFIED =
  '万亿与为于个这说说国会对区财单额较减资务专总际门关机开时们来过业产当现发后从实应点体动进长预经费项拨营运员级决县镇乡协税' +
  '转计划报书统标准审构设备购买卖货车辆补贴险养疗医卫护环节约调结余续缴纳况间问题类别参并举办处厅属厂广东华阳阴汉湾辽宁龙苏' +
  '闽赣鲁粤琼贵云陕庆台维训练议论认识证许订记讲请诚评试询译谈读咨语误诺该详谢让变显响页顶顺须领头愿顾风飞馆马验鱼鸟麦黄党齐' +
  '龄岁历历晓条极楼样权检树桥柜归残气没沟温满渔洁济灾无热奖状独画毕叠尽监盘众众础确礼种称稳积穷竞笔范筑简筹签签粮纪红纯纸纷' +
  '细终组绝给丝综网绿紧线线编缓缩绩织继罚习联职听脑临兴旧艰艺药号制复复规视览观讯托诊词谁课诸贫贩责贷贸宾赔赋质赛赠赞赞赶趋' +
  '迹践军轨软载辅输辖农连游达违远适迁选遗还边邮释针钞铺银销录钱错键铁鉴闭闲阅陆陈队阶随隐双杂离难电灵韩频饭饮发闹仅优价传债' +
  '伤仪储儿内两册冻剂劳势励劝却厉启启严团园围图圆场块压坏寿够梦奋妇学写宽导将寻层届岛币帮干库废张弹强汇汇汇径征态虑凭怀战户' +
  '扫执担据择击拟扩摆携损换挥采抢败数断晋暂欧欢涨测滞灭渐潜泽灯争尔牵献获获亩异码纠绪罗闻声肃脚庄叶盖兰亏蚀术冲装里里觉亲触' +
  '讨访志谋丰贝负贡贯赁账赏赖赢赵轻轮辞逻邻链钟钟隶虽颁顿饲驻驾腾驱么布并占系仓侧侦佣雇尽偿兑净净刚创剧劲胜恤厦吴周吨坚垫坛' +
  '壮奥夺婴孙冈岗岭岩帅师带庙弥彻恒恶爱惯宪悬戏抛舍挂扬拥挡挤摄摊敌升晒杆弃栋杨乐枢横档栏杀壳毁凉汤湿湿沪润涝滨洒乌炼烟烧炉' +
  '墙牺狭狱苏愈卢矫硕矿禄御窜篮缉缘纬纵绳绘纤义圣脱胶脏舱蒋荐萨蓝苹觅诉诈夸谊谓谨誉竖猪贺贤赚跃辉辈辑辩回递迈郑邓厘铅铜钢表' +
  '锅锁镜铸闪阁闯只静顷颜馈冯驰驶惊脏松鲜凤鸿盐丽霉龟乱亚俩伦伟伪杰伞侨俭凯刘则剥匀匮丛丧叹尝嘱尘坝夹宝屡厨弯耻悦惨忧恳惩惧' +
  '恋捞撑抚扑扰拦搅叙畅旷栈荣桩朴台台钦歼污沧渗浆泼溃涩浓涛滥滤浏滩焕灿烛烂爷犹狮猎兽琐盏瞒瞩砖碍秘祸窝洼笃笼篱纹纽纱纺绍绌' +
  '绞络绑绥绸纲缔缅缚缝绕绣绎缠缆罢耸聂脉胀肠肤艳莱苍莲萧芜芦蕴虚虏蜡蚕蛮裤袜见讼诀注证咏诞诫诵谅谍谕讳讽谚誊谜谦谣谬讥谭谱' +
  '谴凶克彦拣摇拢樱殇泛冲卤炽疯症谷系卜虫乃斗郁板丑姜面阵晕才杯当团衬卫阙铝锌镭衔镑升';

/**
 * Characters nearly every traditional-character budget text holds (萬元, 預算, 經費, 財政, 說明 …) and those of the words
 * that tell a jurisdiction's report (全區, 稅收, 轉移支付 …), searched for one by one in the whole text before anything
 * is folded: a simplified text, nearly every text, is not walked character by character.
 */
const TELLTALES = [
  '萬', '億', '預', '經', '費', '財', '說', '與', '為', '產', '資', '務', '國', '會', '額', '項',
  '區', '縣', '鎮', '鄉', '協', '稅', '轉', '決', '總', '級', '門', '單', '機', '關', '運', '員', '撥', '營',
];

let simplifiedOf: Map<string, string> | undefined;

function foldingMap(): Map<string, string> {
  if (!simplifiedOf) {
    simplifiedOf = new Map();
    for (let i = 0; i < TRADITIONAL.length; i++) simplifiedOf.set(TRADITIONAL[i], SIMPLIFIED[i]);
  }
  return simplifiedOf;
}

function holdsTraditional(text: string): boolean {
  return TELLTALES.some((c) => text.includes(c));
}

/** `text` with its traditional characters folded to simplified ones (same length, same positions). */
export function foldTraditional(text: string): string {
  const map = foldingMap();
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const simplified = map.get(text[i]);
    if (simplified === undefined) continue;
    out += text.slice(copied, i) + simplified;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The paragraphs folded (foldTraditional) when any of them holds a traditional character; else undefined. */
export function foldedParagraphs(paras: readonly Paragraph[]): Paragraph[] | undefined {
  if (!holdsTraditional(paras.map((p) => p.text).join(''))) return undefined;
  return paras.map((p) => ({ ...p, text: foldTraditional(p.text) }));
}

const QUOTED = /“([^“”]+)”/g;

/**
 * The findings on folded paragraphs with what their messages quote ('“公务用车运行费2.8万元”') given back as printed
 * ('“公務用車運行費2.8萬元”'): each quote found in the folded text takes the printed characters of the place it is found at,
 * where they were folded. A quote the text does not hold as it stands (a figure reformatted, words left out) stays as
 * it is.
 */
export function restoreQuotes(findings: readonly Finding[], printed: readonly Paragraph[], folded: readonly Paragraph[]): Finding[] {
  const printedText = printed.map((p) => p.text).join('');
  const foldedText = folded.map((p) => p.text).join('');
  // Searched in half-width form: a reader may quote the half-width form of the passage (toHalfWidth keeps positions).
  const foldedHalf = toHalfWidth(foldedText);
  return findings.map((f) => {
    const message = f.message.replace(QUOTED, (whole: string, quote: string) => {
      const at = foldedHalf.indexOf(toHalfWidth(quote));
      if (at < 0) return whole;
      let restored = '';
      for (let k = 0; k < quote.length; k++) {
        const c = printedText[at + k];
        restored += c === foldedText[at + k] ? quote[k] : c;
      }
      return `“${restored}”`;
    });
    return message === f.message ? f : { ...f, message };
  });
}
