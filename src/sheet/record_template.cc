#include "sheet/record_template.h"

#include "sheet/record_row.h"

namespace casebook::sheet {

namespace {

/// Names as comment lines of at most about 60 columns: "# 　a、b、c".
std::string name_comment(const std::string& title, const std::vector<std::string>& names) {
  std::string out = "# " + title + "\n";
  std::string line = "#   ";
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string piece = names[i] + (i + 1 < names.size() ? "、" : "");
    if (line.size() + piece.size() > 100 && line.size() > 4) {
      out += line + "\n";
      line = "#   ";
    }
    line += piece;
  }
  return out + line + "\n";
}

}  // namespace

std::string record_template(int number, const Taxonomy& taxonomy) {
  std::vector<std::string> items, targets;
  for (const TaxonomyEntry& e : taxonomy.items) items.push_back(e.name);
  for (const TaxonomyEntry& e : taxonomy.targets) targets.push_back(e.name);
  const auto at = [](const std::vector<std::string>& v, std::size_t i) { return v.size() > i ? v[i] : std::string(); };
  const std::string prefecture = taxonomy.prefectures.empty() ? "" : taxonomy.prefectures.front();
  const auto q = [](const std::string& s) { return toml_string(s, false); };

  std::string t;
  t += "# 団体 " + std::to_string(number) + " の記録。例の値をこの団体のものに書き換え、\n";
  t += "# casebook check で確かめてください。各項目の書き方は data/README.md にあります。\n\n";
  t += "number = " + std::to_string(number) + "                                  # 番号（1〜999）\n";
  t += "name = \"特定非営利活動法人 れいわ|ささえあいネット\"  # 団体名（ページ見出し。| は改行してよい位置）\n";
  t += "title = \"地域の居場所づくりによる孤立の予防\"      # 取組名\n\n";
  t += "[region]                                     # 取組地域\n";
  t += "prefectures = [" + q(prefecture) + "]                     # 都道府県（47 都道府県名、複数可）\n";
  t += "area = \"〇〇市\"                              # 市区町村など、報告書に印刷のとおり\n\n";
  t += "[activities]                                 # 取組の種類\n";
  t += "primary = " + q(at(items, 0)) + "                  # ★ 主となる取組（一つ）\n";
  t += "secondary = [" + q(at(items, 1)) + "]              # ☆ 従となる取組（いくつでも。なければ []）\n";
  t += name_comment("取組の種類の項目:", items) + "\n";
  t += "[targets]                                    # 取組の対象\n";
  t += "primary = " + q(at(targets, 0)) + "                      # ★ 主となる対象（一つ）\n";
  t += "secondary = [" + q(at(targets, 1)) + "]                  # ☆ 従となる対象（いくつでも。なければ []）\n";
  t += name_comment("取組の対象の項目:", targets) + "\n";
  t += "# 長い文章は ''' と ''' の間に書きます。行頭の ・ は箇条書き、①〜⑳ は番号付きの項目、\n";
  t += "# # は小見出しになります（data/README.md「Long text: the block markup」）。\n";
  t += "[content]                                    # (1) 取組の内容\n";
  t += "purpose = '''\n地域で孤立しがちな人が気軽に立ち寄れる場をつくり、人と人とのつながりを生み出すことを目的とした。\n'''  # 目的\n";
  t += "audience = '''\n地域に住む一人暮らしの高齢者\n'''  # 対象とした人\n";
  t += "description = '''\n・週 1 回の交流サロンを開いた。\n・参加者と一緒に昼食をつくり、食卓を囲んだ。\n'''  # 内容\n\n";
  t += "[results]                                    # (2) 取組の成果\n";
  t += "partners = '''\n地域包括支援センター、社会福祉協議会\n'''  # 連携した団体／協力いただいた団体\n";
  t += "outreach = '''\nチラシを町内会の回覧板で配り、民生委員を通じて声をかけた。\n'''  # 対象とした人とつながるために行った工夫\n";
  t += "outcomes = '''\n# （定性的成果）\n参加者どうしが声をかけ合うようになった。\n# （定量的成果）\nサロンの参加者は延べ 120 人となった。\n'''  # 定性的な成果／定量的な成果\n\n";
  t += "# (3) 取組の様子: 写真があれば、このデータフォルダからの相対パスで（任意、いくつでも）。\n";
  t += "# [[photos]]\n# file = \"photos/" + std::to_string(number) + "-1.jpg\"           # 写真（JPEG または PNG）\n";
  t += "# caption = \"交流サロンの様子\"              # 説明\n\n";
  t += "[profile]                                    # 団体概要\n";
  t += "name = \"特定非営利活動法人 れいわささえあいネット\"  # 団体名（団体概要の欄）\n";
  t += "representative = \"山田 花子\"                 # 代表者\n";
  t += "founded = \"2020 年 4 月\"                     # 設立年月日（印刷のとおり）\n";
  t += "staff = \"常勤 2 人、非常勤 5 人\"               # スタッフ数\n";
  t += "address = \"〇〇県〇〇市〇〇町 1-2-3\"          # 団体住所\n";
  t += "website = \"https://example.org/\"             # ウェブサイト（任意。なければこの行を消す）\n";
  t += "message = '''\n一人で悩まず、まずは気軽に立ち寄ってください。\n'''  # メッセージ（任意）\n";
  return t;
}

}  // namespace casebook::sheet
