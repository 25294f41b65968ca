// The workbook read back: unzipped with `unzip -p` and its sheet XML parsed just enough to find
// sheet names, cell values, shared strings and each cell's number format.
#include "regiobeeld/workbook.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "test_support.hpp"

namespace regiotwin {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::ElementsAre;
using testing::HasSubstr;
using namespace testing_support;

std::string str(const json& value) { return value.get<std::string>(); }

json fixture() {
  std::ifstream in(fixture_file("regiobeeld", "small-regiobeeld.json"));
  return json::parse(in);
}

std::string unzip(const fs::path& xlsx, const std::string& member) {
  const std::string command = "unzip -p '" + xlsx.string() + "' '" + member + "' 2>/dev/null";
  const std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  if (!pipe) throw std::runtime_error("cannot run " + command);
  std::string out;
  std::array<char, 4096> buffer{};
  for (std::size_t n = 0; (n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0;)
    out.append(buffer.data(), n);
  if (out.empty()) throw std::runtime_error(member + " not found in " + xlsx.string());
  return out;
}

std::string unescape(std::string text) {
  const std::vector<std::pair<std::string, std::string>> entities = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, plain] : entities) {
    for (std::size_t pos = 0; (pos = text.find(entity, pos)) != std::string::npos; pos += plain.size()) {
      text.replace(pos, entity.size(), plain);
    }
  }
  return text;
}

std::string attribute(const std::string& tag, const std::string& name) {
  const std::string key = " " + name + "=\"";
  const auto begin = tag.find(key);
  if (begin == std::string::npos) return "";
  const auto start = begin + key.size();
  return unescape(tag.substr(start, tag.find('"', start) - start));
}

// Each occurrence of <name ...> or <name .../> in `xml`, with what follows up to </name> when it has a body.
std::vector<std::pair<std::string, std::string>> elements(const std::string& xml, const std::string& name) {
  std::vector<std::pair<std::string, std::string>> out;
  const std::string open = "<" + name;
  for (std::size_t pos = xml.find(open); pos != std::string::npos; pos = xml.find(open, pos + 1)) {
    const char next = xml[pos + open.size()];
    if (next != ' ' && next != '>' && next != '/') continue;
    const auto tag_end = xml.find('>', pos);
    const std::string tag = xml.substr(pos, tag_end - pos + 1);
    std::string body;
    if (tag[tag.size() - 2] != '/') {
      const auto close = xml.find("</" + name + ">", tag_end);
      body = xml.substr(tag_end + 1, close - tag_end - 1);
    }
    out.emplace_back(tag, body);
  }
  return out;
}

struct Cell {
  std::string text;             // a string cell's text
  std::optional<double> value;  // a number cell's value
  int style = 0;
};

struct SheetData {
  std::string name;
  std::map<std::pair<int, int>, Cell> cells;  // (row, column), 0-based

  [[nodiscard]] const Cell* at(int row, int col) const {
    const auto found = cells.find({row, col});
    return found == cells.end() ? nullptr : &found->second;
  }
  [[nodiscard]] std::string text(int row, int col) const {
    const Cell* cell = at(row, col);
    return cell != nullptr ? cell->text : "";
  }
};

// A block of rows under a header row, found by its first header; ends at the first empty row.
struct Block {
  const SheetData* sheet = nullptr;
  int header_row = -1;
  std::map<std::string, int> columns;
  int rows = 0;

  // The row whose columns hold the given texts.
  [[nodiscard]] int row(const std::map<std::string, std::string>& where) const {
    for (int r = header_row + 1; r <= header_row + rows; ++r) {
      bool all = true;
      for (const auto& [header, wanted] : where) all = all && sheet->text(r, column(header)) == wanted;
      if (all) return r;
    }
    ADD_FAILURE() << "no row in " << sheet->name << " with the given texts";
    return -1;
  }
  [[nodiscard]] int column(const std::string& header) const {
    const auto found = columns.find(header);
    if (found == columns.end()) throw std::runtime_error("no column '" + header + "' in " + sheet->name);
    return found->second;
  }
  [[nodiscard]] const Cell& cell(int r, const std::string& header) const {
    static const Cell empty;
    const Cell* c = sheet->at(r, column(header));
    return c != nullptr ? *c : empty;
  }
};

struct WorkbookData {
  std::vector<SheetData> sheets;
  std::vector<std::string> formats;  // number format code per cell style index

  [[nodiscard]] std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const SheetData& s : sheets) out.push_back(s.name);
    return out;
  }
  [[nodiscard]] const SheetData& sheet(const std::string& name) const {
    for (const SheetData& s : sheets) {
      if (s.name == name) return s;
    }
    throw std::runtime_error("no sheet " + name);
  }
  [[nodiscard]] Block block(const std::string& sheet_name, const std::string& first_header) const {
    const SheetData& s = sheet(sheet_name);
    Block b;
    b.sheet = &s;
    for (const auto& [where, cell] : s.cells) {
      if (where.second == 0 && cell.text == first_header) {
        b.header_row = where.first;
        break;
      }
    }
    if (b.header_row < 0) throw std::runtime_error("no block '" + first_header + "' in " + sheet_name);
    for (int col = 0; s.at(b.header_row, col) != nullptr; ++col) b.columns[s.text(b.header_row, col)] = col;
    while (s.at(b.header_row + b.rows + 1, 0) != nullptr) ++b.rows;
    return b;
  }
  [[nodiscard]] std::string format(const Cell& cell) const { return formats.at(static_cast<std::size_t>(cell.style)); }
};

std::pair<int, int> cell_position(const std::string& ref) {
  int col = 0;
  std::size_t i = 0;
  for (; i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])) != 0; ++i)
    col = 26 * col + (ref[i] - 'A' + 1);
  return {std::stoi(ref.substr(i)) - 1, col - 1};
}

WorkbookData read_workbook(const fs::path& xlsx) {
  WorkbookData book;
  std::vector<std::string> strings;
  for (const auto& [tag, body] : elements(unzip(xlsx, "xl/sharedStrings.xml"), "si")) {
    std::string text;
    for (const auto& [t_tag, t_body] : elements(body, "t")) text += unescape(t_body);
    strings.push_back(text);
  }
  const std::map<int, std::string> builtin = {{0, "General"},  {1, "0"},  {2, "0.00"},  {3, "#,##0"},
                                              {4, "#,##0.00"}, {9, "0%"}, {10, "0.00%"}};
  std::map<int, std::string> custom;
  const std::string styles = unzip(xlsx, "xl/styles.xml");
  for (const auto& [tag, body] : elements(styles, "numFmt")) {
    custom[std::stoi(attribute(tag, "numFmtId"))] = attribute(tag, "formatCode");
  }
  for (const auto& [tag, body] : elements(elements(styles, "cellXfs").at(0).second, "xf")) {
    const int id = std::stoi(attribute(tag, "numFmtId"));
    book.formats.push_back(custom.contains(id) ? custom.at(id) : builtin.at(id));
  }
  int index = 0;
  for (const auto& [tag, body] : elements(unzip(xlsx, "xl/workbook.xml"), "sheet")) {
    SheetData sheet;
    sheet.name = attribute(tag, "name");
    const std::string xml = unzip(xlsx, "xl/worksheets/sheet" + std::to_string(++index) + ".xml");
    for (const auto& [c_tag, c_body] : elements(xml, "c")) {
      Cell cell;
      const std::string style = attribute(c_tag, "s");
      cell.style = style.empty() ? 0 : std::stoi(style);
      const auto values = elements(c_body, "v");
      if (!values.empty()) {
        if (attribute(c_tag, "t") == "s") {
          cell.text = strings.at(std::stoul(values[0].second));
        } else {
          cell.value = std::stod(values[0].second);
        }
      }
      sheet.cells[cell_position(attribute(c_tag, "r"))] = cell;
    }
    book.sheets.push_back(std::move(sheet));
  }
  return book;
}

WorkbookData written(const json& doc, Language lang, const std::string& name = "wb") {
  const ScratchDir dir("workbook-" + name);
  const fs::path file = dir.path() / "regiobeeld.xlsx";
  write_workbook(doc, file, lang);
  return read_workbook(file);
}

// The number a cell shows, or NaN when it holds none.
double number(const Cell& cell) { return cell.value.value_or(std::nan("")); }

TEST(Workbook, SheetsInOrderInDutchAndEnglish) {
  EXPECT_THAT(written(fixture(), Language::nl).names(),
              ElementsAre("Overzicht", "Wonen en zorg voor ouderen", "Inwoners in een kwetsbare", "Plekken",
                          "Personeel", "Kosten", "Businesscase", "Planeffecten", "Bronnen"));
  EXPECT_THAT(written(fixture(), Language::en).names(),
              ElementsAre("Summary", "Housing and care for older", "Residents in a vulnerable", "Places", "Workforce",
                          "Costs", "Business case", "Plan effects", "Sources"));
}

TEST(Workbook, BaselineRunHasNoBusinessCase) {
  json doc = fixture();
  doc["plan"] = nullptr;
  doc["meta"]["scenario"] = nullptr;
  const WorkbookData book = written(doc, Language::nl);
  EXPECT_THAT(book.names(), ElementsAre("Overzicht", "Wonen en zorg voor ouderen", "Inwoners in een kwetsbare",
                                        "Plekken", "Personeel", "Kosten", "Bronnen"));
  const SheetData& summary = book.sheet("Overzicht");
  const Block meta = book.block("Overzicht", "Soort run");
  EXPECT_EQ(summary.text(meta.header_row, 1), "basislijn (zonder regioplan)");
}

TEST(Workbook, EverySheetHasATableWithNumbers) {
  const WorkbookData book = written(fixture(), Language::nl);
  for (const SheetData& sheet : book.sheets) {
    const auto numbers = std::count_if(sheet.cells.begin(), sheet.cells.end(),
                                       [](const auto& entry) { return entry.second.value.has_value(); });
    EXPECT_GE(numbers, 3) << sheet.name;
  }
}

TEST(Workbook, ThemeIndicatorsPerAreaAndYear) {
  const json doc = fixture();
  const WorkbookData book = written(doc, Language::nl);
  for (const json& theme : doc["themes"]) {
    const std::string sheet = excel_sheet_name(str(theme["title"]["nl"]));
    const Block block = book.block(sheet, "Indicator");
    EXPECT_EQ(block.rows, static_cast<int>(theme["indicators"].size() * doc["areas"].size())) << sheet;
    for (const json& indicator : theme["indicators"]) {
      const bool percent = indicator["unit"]["nl"].get<std::string>().find('%') != std::string::npos;
      for (const json& area : doc["areas"]) {
        const int r = block.row({{"Indicator", str(indicator["title"]["nl"])}, {"Gebied", str(area["name"])}});
        EXPECT_EQ(block.cell(r, "Gebiedscode").text, str(area["code"]));
        EXPECT_EQ(block.cell(r, "Eenheid").text, str(indicator["unit"]["nl"]));
        for (std::size_t y = 0; y < doc["years"].size(); ++y) {
          const double expected = indicator["values"][str(area["code"])][y].get<double>();
          const Cell& cell = block.cell(r, std::to_string(doc["years"][y].get<int>()));
          EXPECT_DOUBLE_EQ(number(cell), percent ? expected / 100.0 : expected)
              << indicator["id"] << " " << area["code"] << " " << doc["years"][y];
        }
      }
    }
  }
  // One cell by hand: Aduard's share of 80-plussers in 2026 is 5.8% (stored as the fraction).
  const Block block = book.block("Wonen en zorg voor ouderen", "Indicator");
  const int r = block.row({{"Indicator", "Aandeel 80-plussers"}, {"Gebied", "Aduard"}});
  EXPECT_DOUBLE_EQ(number(block.cell(r, "2026")), 0.058);
  EXPECT_EQ(book.format(block.cell(r, "2026")), "0.0%");
  EXPECT_EQ(block.cell(r, "Soort").text, "basisprojectie");
  EXPECT_THAT(block.cell(r, "Bron").text, HasSubstr("CBS StatLine"));
  const int places = block.row({{"Indicator", "Verpleeghuisplaatsen"}, {"Gebied", "Testregio"}});
  EXPECT_EQ(book.format(block.cell(places, "2028")), "#,##0");
  EXPECT_EQ(block.cell(places, "Soort").text, "invoer");
  const int ratio = block.row({{"Indicator", "Mantelzorgratio"}, {"Gebied", "Bedum"}});
  EXPECT_EQ(book.format(block.cell(ratio, "2024")), "#,##0.0");
}

TEST(Workbook, KnelpuntLoadsAndScores) {
  const json doc = fixture();
  const WorkbookData book = written(doc, Language::nl);
  const json& theme = doc["themes"][0];
  const Block loads = book.block("Wonen en zorg voor ouderen", "Onderdeel");
  for (const json& component : theme["knelpunt"]["components"]) {
    for (const json& area : doc["areas"]) {
      const int r = loads.row({{"Onderdeel", str(component["title"]["nl"])}, {"Gebiedscode", str(area["code"])}});
      for (std::size_t y = 0; y < doc["years"].size(); ++y) {
        const Cell& cell = loads.cell(r, std::to_string(doc["years"][y].get<int>()));
        EXPECT_DOUBLE_EQ(number(cell), component["load"][str(area["code"])][y].get<double>());
        EXPECT_EQ(book.format(cell), "0.00");
      }
    }
  }
  const Block scores = book.block("Wonen en zorg voor ouderen", "Gebied");
  const int bedum = scores.row({{"Gebied", "Bedum"}});
  EXPECT_DOUBLE_EQ(number(scores.cell(bedum, "Knelpuntscore")), 0.88);
  EXPECT_EQ(scores.cell(bedum, "Drijver").text, "Verpleegkundigen");
  EXPECT_EQ(scores.cell(scores.header_row + 1, "Gebied").text, "Testregio") << "the region first";
}

TEST(Workbook, SummaryWithMetaAndRanking) {
  const WorkbookData book = written(fixture(), Language::nl);
  const SheetData& summary = book.sheet("Overzicht");
  EXPECT_EQ(summary.text(0, 0), "Regiobeeld Testregio");
  const int seed_row = book.block("Overzicht", "Seed").header_row;
  EXPECT_DOUBLE_EQ(number(*summary.at(seed_row, 1)), 42.0);
  EXPECT_EQ(book.format(*summary.at(seed_row, 1)), "0");
  const int sample_row = book.block("Overzicht", "Steekproef van de inwoners").header_row;
  EXPECT_DOUBLE_EQ(number(*summary.at(sample_row, 1)), 0.5);
  EXPECT_EQ(book.format(*summary.at(sample_row, 1)), "0.0%");
  EXPECT_THAT(summary.text(book.block("Overzicht", "Soort run").header_row, 1), HasSubstr("Sterke basiszorg"));

  const Block ranking = book.block("Overzicht", "Gebied");
  EXPECT_EQ(ranking.rows, 6);
  const int first = ranking.header_row + 1;
  EXPECT_EQ(ranking.cell(first, "Gebied").text, "Testregio");
  EXPECT_EQ(ranking.cell(first, "Thema").text, "Wonen en zorg voor ouderen");
  EXPECT_DOUBLE_EQ(number(ranking.cell(first, "Knelpuntscore")), 1.17);
  EXPECT_EQ(ranking.cell(first, "Drijver").text, "Verpleeghuiszorg");
  const int bedum = ranking.row({{"Gebied", "Bedum"}, {"Thema", "Wonen en zorg voor ouderen"}});
  EXPECT_DOUBLE_EQ(number(ranking.cell(bedum, "Rang")), 1.0);
  EXPECT_EQ(ranking.cell(bedum, "Drijver").text, "Verpleegkundigen");
}

TEST(Workbook, CostsPerPayerAndTotalPerYear) {
  const json doc = fixture();
  const WorkbookData book = written(doc, Language::nl);
  const Block costs = book.block("Kosten", "Jaar");
  ASSERT_EQ(costs.rows, 5);
  for (std::size_t y = 0; y < 5; ++y) {
    const int r = costs.header_row + 1 + static_cast<int>(y);
    EXPECT_DOUBLE_EQ(number(costs.cell(r, "Jaar")), doc["costs"][0]["years"][y].get<double>());
    double total = 0.0;
    for (const json& payer : doc["costs"]) {
      const double eur = payer["eur"][y].get<double>();
      EXPECT_DOUBLE_EQ(number(costs.cell(r, str(payer["title"]["nl"]))), eur);
      total += eur;
    }
    EXPECT_DOUBLE_EQ(number(costs.cell(r, "Totaal")), total);
    EXPECT_EQ(book.format(costs.cell(r, "Totaal")), "\"€ \"#,##0;[Red]\"€ \"-#,##0");
  }
  const int r2025 = costs.header_row + 2;
  EXPECT_DOUBLE_EQ(number(costs.cell(r2025, "Totaal")), 42110000.0 + 12910000.0 + 24850000.0);
}

TEST(Workbook, PlacesAndWorkforceByYear) {
  const json doc = fixture();
  const WorkbookData book = written(doc, Language::nl);
  const Block places = book.block("Plekken", "Plek");
  EXPECT_EQ(places.rows, 10);
  const int r = places.row({{"Plek", "Huisartsenzorg"}, {"Doorlopende zorg", "nee"}});
  EXPECT_DOUBLE_EQ(number(places.cell(r, "Jaar")), 2024.0);
  EXPECT_DOUBLE_EQ(number(places.cell(r, "Vraag")), 10250.5);
  EXPECT_EQ(book.format(places.cell(r, "Vraag")), "#,##0");
  EXPECT_DOUBLE_EQ(number(places.cell(r + 4, "Binnen norm")), 0.83);
  EXPECT_EQ(book.format(places.cell(r + 4, "Binnen norm")), "0.0%");
  EXPECT_EQ(book.format(places.cell(r, "Jaar")), "0");

  const Block workforce = book.block("Personeel", "Beroepsgroep");
  const int nurses = workforce.row({{"Beroepsgroep", "Verpleegkundigen"}});
  EXPECT_DOUBLE_EQ(number(workforce.cell(nurses + 2, "Fte beschikbaar")), 147.25);
  EXPECT_EQ(book.format(workforce.cell(nurses + 2, "Fte beschikbaar")), "#,##0.0");
  EXPECT_DOUBLE_EQ(number(workforce.cell(nurses + 2, "Tekort (aandeel)")), 11.75 / 159.0);
}

TEST(Workbook, BusinessCasePerPayerAndParty) {
  const json doc = fixture();
  const WorkbookData book = written(doc, Language::nl);
  const json& plan = doc["plan"];
  const Block payers = book.block("Businesscase", "Betaler");
  EXPECT_EQ(payers.rows, static_cast<int>(plan["business_case"]["payers"].size() * plan["years"].size()));
  for (const json& payer : plan["business_case"]["payers"]) {
    for (std::size_t y = 0; y < plan["years"].size(); ++y) {
      const int r = payers.row({{"Betaler", str(payer["title"]["nl"])}}) + static_cast<int>(y);
      EXPECT_DOUBLE_EQ(number(payers.cell(r, "Jaar")), plan["years"][y].get<double>());
      EXPECT_DOUBLE_EQ(number(payers.cell(r, "Kosten")), payer["cost"][y].get<double>());
      EXPECT_DOUBLE_EQ(number(payers.cell(r, "Netto P5")), payer["net"]["p5"][y].get<double>());
      EXPECT_DOUBLE_EQ(number(payers.cell(r, "Cumulatief netto P50")), payer["cumulative_net"]["p50"][y].get<double>());
      EXPECT_DOUBLE_EQ(number(payers.cell(r, "Cumulatief netto P95")), payer["cumulative_net"]["p95"][y].get<double>());
    }
  }
  const int wmo = payers.row({{"Betaler", "Wmo 2015"}});
  EXPECT_DOUBLE_EQ(number(payers.cell(wmo + 4, "Cumulatief netto P50")), -1020000.0);
  EXPECT_THAT(book.format(payers.cell(wmo + 4, "Cumulatief netto P50")), HasSubstr("€"));
  EXPECT_EQ(payers.cell(wmo, "Terugverdiend in").text, "niet binnen de horizon");
  const int all = payers.row({{"Betaler", "Alle betalers"}});
  EXPECT_DOUBLE_EQ(number(payers.cell(all, "Terugverdiend in")), 2026.0);
  EXPECT_EQ(book.format(payers.cell(all, "Terugverdiend in")), "0");

  const Block parties = book.block("Businesscase", "Partij");
  const int insurer = parties.row({{"Partij", "Zorgverzekeraar"}});
  EXPECT_DOUBLE_EQ(number(parties.cell(insurer + 4, "Cumulatief netto P50")), 1970000.0);

  const Block series = book.block("Planeffecten", "Reeks");
  const int cost = series.row({{"Reeks", "Zorgkosten"}});
  EXPECT_DOUBLE_EQ(number(series.cell(cost + 1, "Verschil P50")), -430000.0);
  EXPECT_DOUBLE_EQ(number(series.cell(cost + 1, "Plan P95")), 80440000.0);
  EXPECT_THAT(book.format(series.cell(cost + 1, "Verschil P50")), HasSubstr("€"));
  const int waiting = series.row({{"Reeks", "Wachtend bij de huisarts"}});
  EXPECT_DOUBLE_EQ(number(series.cell(waiting + 4, "Basislijn P5")), 550.0);
  EXPECT_EQ(book.format(series.cell(waiting + 4, "Basislijn P5")), "#,##0");
}

TEST(Workbook, SourcesWithValuesAsNumbers) {
  const WorkbookData book = written(fixture(), Language::en);
  const Block sources = book.block("Sources", "Parameter");
  EXPECT_EQ(sources.rows, 4);
  const int cost = sources.row({{"Parameter", "gp_cost_per_contact_eur"}});
  EXPECT_DOUBLE_EQ(number(sources.cell(cost, "Value")), 54.23) << "a number the registry wrote as text";
  EXPECT_EQ(sources.cell(cost, "Overridden").text, "yes");
  EXPECT_EQ(sources.cell(cost, "Source").text, "NZa tarieven huisartsenzorg 2024");
  const int table = sources.row({{"Parameter", "mortality_multiplier"}});
  EXPECT_EQ(sources.cell(table, "Value").text, "0-64: 1; 65-84: 1.05; 85+: 1.1");
}

TEST(Workbook, EnglishTexts) {
  const WorkbookData book = written(fixture(), Language::en);
  const Block block = book.block("Housing and care for older", "Indicator");
  const int r = block.row({{"Indicator", "Share aged 80 and over"}, {"Area", "Aduard"}});
  EXPECT_EQ(block.cell(r, "Kind").text, "baseline projection");
  EXPECT_EQ(block.cell(r, "Unit").text, "% of residents");
  const Block payers = book.block("Business case", "Payer");
  EXPECT_EQ(payers.cell(payers.row({{"Payer", "Social Support Act"}}), "Break-even year").text,
            "not within the horizon");
}

TEST(Workbook, UnwritableFolderThrowsOutputErrorAndLeavesNoFile) {
  const ScratchDir dir("workbook-unwritable");
  write_file(dir.path() / "plain-file", "not a folder");
  const fs::path file = dir.path() / "plain-file" / "regiobeeld.xlsx";
  try {
    write_workbook(fixture(), file, Language::nl);
    FAIL() << "expected OutputError";
  } catch (const OutputError& e) {
    EXPECT_THAT(e.what(), HasSubstr(file.string() + ": cannot write the workbook"));
  }
  EXPECT_FALSE(fs::exists(file));
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1) << "only plain-file";
}

TEST(Workbook, BadDocumentThrowsAndLeavesNeitherFileNorTemporary) {
  const ScratchDir dir("workbook-bad");
  const fs::path file = dir.path() / "regiobeeld.xlsx";
  json doc = fixture();
  doc["costs"][1]["eur"][2] = "many";
  EXPECT_THROW(write_workbook(doc, file, Language::nl), InputError);
  doc = fixture();
  doc["themes"][0]["indicators"][1]["values"]["GM0002"][1] = "many";
  EXPECT_THROW(write_workbook(doc, file, Language::nl), InputError);
  doc["themes"][0]["indicators"][1]["values"]["GM0002"][1] = nullptr;  // no value is an empty cell
  doc["themes"][0]["indicators"][1]["values"]["GM0002"][2] = std::nan("");
  EXPECT_NO_THROW(write_workbook(doc, file, Language::nl));
  const Block block = read_workbook(file).block("Wonen en zorg voor ouderen", "Indicator");
  const int r = block.row({{"Indicator", "Mantelzorgratio"}, {"Gebied", "Bedum"}});
  EXPECT_DOUBLE_EQ(number(block.cell(r, "2024")), 11.2);
  EXPECT_FALSE(block.cell(r, "2026").value.has_value());
  EXPECT_FALSE(block.cell(r, "2028").value.has_value());
  fs::remove(file);
  doc["format"] = 2;
  EXPECT_THROW(write_workbook(doc, file, Language::nl), InputError);
  EXPECT_TRUE(fs::is_empty(dir.path()));
}

TEST(Workbook, CreatesTheFolder) {
  const ScratchDir dir("workbook-folder");
  const fs::path file = dir.path() / "out" / "run-1.xlsx";
  write_workbook(fixture(), file, Language::en);
  EXPECT_EQ(read_workbook(file).sheets.front().name, "Summary");
}

TEST(Workbook, ReplacesAnEarlierWorkbook) {
  const ScratchDir dir("workbook-replace");
  const fs::path file = dir.path() / "regiobeeld.xlsx";
  write_file(file, "old");
  write_workbook(fixture(), file, Language::nl);
  EXPECT_EQ(read_workbook(file).sheets.size(), 9U);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(Workbook, DuplicateThemeTitlesGetDistinctSheets) {
  json doc = fixture();
  doc["themes"][1]["title"] = doc["themes"][0]["title"];
  EXPECT_THAT(written(doc, Language::nl).names(),
              ElementsAre("Overzicht", "Wonen en zorg voor ouderen", "Wonen en zorg voor ouderen (2)", "Plekken",
                          "Personeel", "Kosten", "Businesscase", "Planeffecten", "Bronnen"));
}

TEST(ExcelSheetName, ForbiddenCharactersAndLength) {
  EXPECT_EQ(excel_sheet_name("Zorg [a]: b/c?"), "Zorg -a-- b-c-");
  EXPECT_EQ(excel_sheet_name("'Ouderen'"), "Ouderen");
  EXPECT_EQ(excel_sheet_name("Inwoners in een kwetsbare positie"), "Inwoners in een kwetsbare");
  EXPECT_EQ(excel_sheet_name(std::string(40, 'x')), std::string(31, 'x'));
  std::string accents;
  for (int i = 0; i < 40; ++i) accents += "é";
  EXPECT_EQ(excel_sheet_name(accents).size(), 62U) << "31 characters of two bytes each";
  EXPECT_EQ(excel_sheet_name("???"), "---");
  EXPECT_EQ(excel_sheet_name("''"), "-");
}

TEST(Workbook, LongDuplicateTitlesStayWithin31Characters) {
  json doc = fixture();
  std::string title;
  for (int i = 0; i < 40; ++i) title += "é";
  doc["themes"][0]["title"]["nl"] = title;
  doc["themes"][1]["title"]["nl"] = title;
  const std::vector<std::string> names = written(doc, Language::nl).names();
  EXPECT_EQ(names[1], title.substr(0, 62));
  EXPECT_EQ(names[2], title.substr(0, 54) + " (2)") << "27 characters and the suffix";
}

TEST(Language, PicksTheTextOfAPair) {
  const json pair = {{"nl", "Kosten"}, {"en", "Costs"}};
  EXPECT_EQ(text(pair, Language::nl), "Kosten");
  EXPECT_EQ(text(pair, Language::en), "Costs");
  EXPECT_EQ(text(json{{"nl", "Alleen"}}, Language::en), "Alleen");
  EXPECT_EQ(text(json("plain"), Language::en), "plain");
}

}  // namespace
}  // namespace regiotwin
