#include "regiobeeld/workbook.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/errors.hpp"

namespace regiotwin {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// --- number formats ---------------------------------------------------------------------------
// Excel format codes use ',' for thousands and '.' for decimals whatever the reader's locale; a
// Dutch Excel shows "€ 1.234.567". A share is a fraction (0.123 shows as 12.3%); percent points
// (12.3 in a unit "% of residents") are written as that fraction, so formulas see a share either way.
enum class NumberKind { count, euro, share, percent_points, fte, ratio, year, general };

int default_decimals(NumberKind kind) {
  switch (kind) {
    case NumberKind::share:
    case NumberKind::percent_points:
    case NumberKind::fte: return 1;
    case NumberKind::ratio: return 2;
    default: return 0;
  }
}

std::string number_format(NumberKind kind, int decimals) {
  const std::string digits = decimals > 0 ? fmt::format(".{:0>{}}", "", decimals) : "";
  switch (kind) {
    case NumberKind::euro: return fmt::format("\"€ \"#,##0{0};[Red]\"€ \"-#,##0{0}", digits);
    case NumberKind::share:
    case NumberKind::percent_points: return fmt::format("0{}%", digits);
    case NumberKind::ratio: return fmt::format("0{}", digits);
    case NumberKind::year: return "0";
    case NumberKind::general: return "General";
    case NumberKind::count:
    case NumberKind::fte: return fmt::format("#,##0{}", digits);
  }
  return "General";
}

// Characters the number takes on screen, for the column width.
double number_width(double value, NumberKind kind, int decimals) {
  if (kind == NumberKind::general) return 12.0;
  const double shown = std::fabs(kind == NumberKind::share ? 100.0 * value : value);
  const bool percent = kind == NumberKind::share || kind == NumberKind::percent_points;
  const int int_digits = shown < 10.0 ? 1 : static_cast<int>(std::floor(std::log10(shown))) + 1;
  const bool grouped = kind == NumberKind::count || kind == NumberKind::fte || kind == NumberKind::euro;
  return int_digits + (grouped ? (int_digits - 1) / 3 : 0) + (decimals > 0 ? decimals + 1 : 0) + (value < 0 ? 1 : 0) +
         (kind == NumberKind::euro ? 2 : 0) + (percent ? 1 : 0);
}

// The words of a unit text, lower case; '%' and '€' count as words.
std::set<std::string> unit_words(const json& unit) {
  std::string all;
  if (unit.is_string()) all = unit.get<std::string>();
  if (unit.is_object()) {
    for (const auto& text : unit) {
      if (text.is_string()) all += fmt::format(" {}", text.get_ref<const std::string&>());
    }
  }
  std::set<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (!word.empty()) words.insert(word);
    word.clear();
  };
  for (std::size_t i = 0; i < all.size(); ++i) {
    const auto c = static_cast<unsigned char>(all[i]);
    if (std::isalnum(c) != 0 || c == '\'') {
      word += static_cast<char>(std::tolower(c));
    } else if (all.compare(i, 3, "€") == 0) {
      flush();
      words.insert("€");
      i += 2;
    } else {
      flush();
      if (c == '%') words.insert("%");
    }
  }
  flush();
  return words;
}

// The kind of number an indicator or series holds, from its unit: a value in "% of residents" is
// in percent points, one in "share" a fraction; money is in euros. Ratios such as "persons per
// resident 85+" are formatted as counts with the indicator's decimals.
NumberKind unit_number_kind(const json& unit) {
  const std::set<std::string> words = unit_words(unit);
  const auto any = [&](std::initializer_list<const char*> wanted) {
    return std::any_of(wanted.begin(), wanted.end(), [&](const char* w) { return words.contains(w); });
  };
  if (any({"%"})) return NumberKind::percent_points;
  if (any({"share", "aandeel", "fraction", "fractie"})) return NumberKind::share;
  if (any({"€", "eur", "euro", "euros", "euro's"})) return NumberKind::euro;
  if (any({"fte"})) return NumberKind::fte;
  return NumberKind::count;
}

// A parameter's value as the registry formats it ("54.23", "1e+06"), as a number when it is one.
std::optional<double> parse_number(const std::string& text) {
  double value = 0.0;
  const char* end = text.data() + text.size();
  const auto [ptr, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::size_t display_length(const std::string& text) {  // code points of UTF-8
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

// The first `points` code points of UTF-8 `text`.
std::string utf8_prefix(const std::string& text, std::size_t points) {
  std::size_t end = 0;
  for (std::size_t seen = 0; end < text.size(); ++end) {
    if ((static_cast<unsigned char>(text[end]) & 0xC0U) != 0x80U && seen++ == points) break;
  }
  return text.substr(0, end);
}

std::string lower_ascii(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// A number of the document, nothing for null; anything else throws json::type_error.
std::optional<double> maybe_number(const json& value) {
  if (value.is_null()) return std::nullopt;
  return value.get<double>();
}

// --- the workbook and its sheets ----------------------------------------------------------------

class Book {
 public:
  Book(const fs::path& temporary, std::string target) : target_(std::move(target)) {
    book_.reset(workbook_new(temporary.string().c_str()));
    if (!book_) throw OutputError(fmt::format("{}: cannot start the workbook", target_));
    header_ = workbook_add_format(book_.get());
    format_set_bold(header_);
    format_set_text_wrap(header_);
    format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(header_, 0xDDEBF7);
    format_set_bottom(header_, LXW_BORDER_THIN);
    title_ = workbook_add_format(book_.get());
    format_set_bold(title_);
    format_set_font_size(title_, 14);
    heading_ = workbook_add_format(book_.get());
    format_set_bold(heading_);
    format_set_font_size(heading_, 12);
    note_ = workbook_add_format(book_.get());
    format_set_italic(note_);
    format_set_font_color(note_, 0x595959);
    label_ = workbook_add_format(book_.get());
    format_set_bold(label_);
  }

  void check(lxw_error error, const std::string& what) const {
    if (error != LXW_NO_ERROR) throw OutputError(fmt::format("{}: {}: {}", target_, what, lxw_strerror(error)));
  }

  lxw_format* number(NumberKind kind, int decimals) {
    const std::string code = number_format(kind, decimals);
    auto& format = numbers_[code];
    if (format == nullptr) {
      format = workbook_add_format(book_.get());
      format_set_num_format(format, code.c_str());
    }
    return format;
  }
  [[nodiscard]] lxw_format* header() const { return header_; }
  [[nodiscard]] lxw_format* title() const { return title_; }
  [[nodiscard]] lxw_format* heading() const { return heading_; }
  [[nodiscard]] lxw_format* note() const { return note_; }
  [[nodiscard]] lxw_format* label() const { return label_; }

  // A new sheet named after `title`, made unique (Excel compares names case-insensitively).
  lxw_worksheet* add_sheet(const std::string& title) {
    const std::string base = excel_sheet_name(title);
    std::string name = base;
    for (int n = 2; names_.contains(lower_ascii(name)); ++n) {
      const std::string suffix = fmt::format(" ({})", n);
      name = excel_sheet_name(utf8_prefix(base, 31 - suffix.size()) + suffix);
    }
    names_.insert(lower_ascii(name));
    check(workbook_validate_sheet_name(book_.get(), name.c_str()), "invalid sheet name '" + name + "'");
    lxw_worksheet* sheet = workbook_add_worksheet(book_.get(), name.c_str());
    if (sheet == nullptr) throw OutputError(fmt::format("{}: cannot add sheet '{}'", target_, name));
    return sheet;
  }

  void set_properties(const std::string& title, const std::string& comments) {
    std::string title_text = title;
    std::string author = "regiotwin";
    std::string comments_text = comments;
    lxw_doc_properties properties{};
    properties.title = title_text.data();
    properties.author = author.data();
    properties.comments = comments_text.data();
    check(workbook_set_properties(book_.get(), &properties), "cannot set the document properties");
  }

  // Writes the file; the workbook is gone afterwards whatever the outcome.
  void close() { check(workbook_close(book_.release()), "cannot write the workbook"); }

 private:
  struct Free {
    void operator()(lxw_workbook* book) const { lxw_workbook_free(book); }
  };
  std::unique_ptr<lxw_workbook, Free> book_;
  std::string target_;
  std::map<std::string, lxw_format*> numbers_;
  std::set<std::string> names_;
  lxw_format* header_ = nullptr;
  lxw_format* title_ = nullptr;
  lxw_format* heading_ = nullptr;
  lxw_format* note_ = nullptr;
  lxw_format* label_ = nullptr;
};

// A sheet written top to bottom: titles and notes, then blocks that become Excel tables. The first
// table's header row is frozen; column widths follow the widest header or value.
class Sheet {
 public:
  Sheet(Book& book, const std::string& name) : book_(book), sheet_(book.add_sheet(name)) {}

  void title(const std::string& text) { line(text, book_.title()); }
  void heading(const std::string& text) { line(text, book_.heading()); }
  void note(const std::string& text) { line(text, book_.note()); }
  void skip() { ++row_; }

  // A label and its value in the first two columns (the summary's key figures).
  void pair(const std::string& label, const std::string& value) {
    put_text(0, label, book_.label());
    put_text(1, value);
    ++row_;
  }
  void pair(const std::string& label, double value, NumberKind kind, int decimals) {
    put_text(0, label, book_.label());
    put_number(1, value, kind, decimals);
    ++row_;
  }

  void begin_table(std::vector<std::string> headers, bool freeze = true) {
    headers_ = std::move(headers);
    header_row_ = row_++;
    for (std::size_t col = 0; col < headers_.size(); ++col) {
      track(col, static_cast<double>(std::min<std::size_t>(display_length(headers_[col]), 24)) + 3.0);
    }
    if (freeze && !frozen_) worksheet_freeze_panes(sheet_, row_, 0);
    frozen_ = frozen_ || freeze;
  }
  void text(std::size_t col, const std::string& value) { put_text(col, value); }
  void number(std::size_t col, double value, NumberKind kind, int decimals = -1) {
    put_number(col, value, kind, decimals < 0 ? default_decimals(kind) : decimals);
  }
  // A number from the document: null (no value, e.g. a load without capacity) is an empty cell.
  void number(std::size_t col, const json& value, NumberKind kind, int decimals = -1) {
    if (const std::optional<double> v = maybe_number(value)) number(col, *v, kind, decimals);
  }
  void next_row() { ++row_; }

  void end_table() {
    const auto last_col = static_cast<lxw_col_t>(headers_.size() - 1);
    if (row_ == header_row_ + 1) {  // no rows: an Excel table needs one, so plain headers
      for (std::size_t col = 0; col < headers_.size(); ++col) put_text(col, headers_[col], book_.header());
      ++row_;
      return;
    }
    std::vector<lxw_table_column> columns(headers_.size());
    std::vector<lxw_table_column*> pointers;
    for (std::size_t col = 0; col < headers_.size(); ++col) {
      columns[col].header = headers_[col].data();
      columns[col].header_format = book_.header();
      pointers.push_back(&columns[col]);
    }
    pointers.push_back(nullptr);
    lxw_table_options options{};
    options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
    options.style_type_number = 1;
    options.columns = pointers.data();
    book_.check(worksheet_add_table(sheet_, header_row_, 0, row_ - 1, last_col, &options), "cannot add a table");
  }

  void finish() {
    for (std::size_t col = 0; col < widths_.size(); ++col) {
      const double width = std::clamp(widths_[col] + 1.0, 8.0, 60.0);
      book_.check(
          worksheet_set_column(sheet_, static_cast<lxw_col_t>(col), static_cast<lxw_col_t>(col), width, nullptr),
          "cannot set a column width");
    }
  }

 private:
  void line(const std::string& text, lxw_format* format) {  // spans the columns to its right
    book_.check(worksheet_write_string(sheet_, row_++, 0, text.c_str(), format), "cannot write a cell");
  }
  void put_text(std::size_t col, const std::string& value, lxw_format* format = nullptr) {
    if (value.empty()) return;
    book_.check(worksheet_write_string(sheet_, row_, static_cast<lxw_col_t>(col), value.c_str(), format),
                "cannot write a cell");
    track(col, static_cast<double>(display_length(value)));
  }
  void put_number(std::size_t col, double value, NumberKind kind, int decimals) {
    if (!std::isfinite(value)) return;  // Excel has no NaN or infinity: an empty cell
    const double stored = kind == NumberKind::percent_points ? value / 100.0 : value;
    book_.check(worksheet_write_number(sheet_, row_, static_cast<lxw_col_t>(col), stored, book_.number(kind, decimals)),
                "cannot write a cell");
    track(col, number_width(value, kind, decimals));
  }
  void track(std::size_t col, double width) {
    if (widths_.size() <= col) widths_.resize(col + 1, 0.0);
    widths_[col] = std::max(widths_[col], width);
  }

  Book& book_;
  lxw_worksheet* sheet_;
  lxw_row_t row_ = 0;
  lxw_row_t header_row_ = 0;
  std::vector<std::string> headers_;
  std::vector<double> widths_;
  bool frozen_ = false;
};

// --- the document -------------------------------------------------------------------------------

const json& element(const json& array, std::size_t i) {
  static const json none;
  return array.is_array() && i < array.size() ? array[i] : none;
}

int decimals_of(const json& item, NumberKind kind) {
  const auto found = item.find("decimals");
  return found != item.end() && found->is_number_integer() ? std::clamp(found->get<int>(), 0, 6)
                                                           : default_decimals(kind);
}

std::string year_header(const json& year) { return std::to_string(year.get<int>()); }

class WorkbookWriter {
 public:
  WorkbookWriter(Book& book, const json& doc, Language lang) : book_(book), doc_(doc), lang_(lang) {}

  void write() {
    const json& meta = doc_.at("meta");
    book_.set_properties(tr("Regiobeeld ", "Regional picture ") + meta.at("region_name").get<std::string>(),
                         meta.value("command", ""));
    summary();
    for (const json& theme : doc_.at("themes")) theme_sheet(theme);
    places();
    workforce();
    costs();
    const json& plan = doc_.at("plan");
    if (!plan.is_null()) {
      business_case(plan);
      plan_series(plan);
    }
    sources();
  }

 private:
  [[nodiscard]] std::string tr(const char* nl, const char* en) const { return lang_ == Language::en ? en : nl; }
  [[nodiscard]] const std::string& t(const json& pair) const { return text(pair, lang_); }
  [[nodiscard]] std::string yes_no(bool value) const { return value ? tr("ja", "yes") : tr("nee", "no"); }

  [[nodiscard]] std::string area_name(const std::string& code) const {
    for (const json& area : doc_.at("areas")) {
      if (area.at("code") == code) return area.at("name").get<std::string>();
    }
    return code;
  }
  [[nodiscard]] const json* find_theme(const std::string& id) const {
    for (const json& theme : doc_.at("themes")) {
      if (theme.at("id") == id) return &theme;
    }
    return nullptr;
  }
  // A knelpunt component's title; the id when the theme does not list it.
  [[nodiscard]] std::string component_title(const json* theme, const std::string& id) const {
    if (theme != nullptr) {
      for (const json& component : theme->at("knelpunt").at("components")) {
        if (component.at("id") == id) return t(component.at("title"));
      }
    }
    return id;
  }
  [[nodiscard]] std::string kind_text(const std::string& kind) const {
    if (kind == "input") return tr("invoer", "input");
    if (kind == "baseline") return tr("basisprojectie", "baseline projection");
    if (kind == "scenario") return tr("scenarioresultaat", "scenario result");
    return kind;
  }
  // Areas in document order, the region(s) first when `region_first`.
  [[nodiscard]] std::vector<const json*> areas(bool region_first) const {
    std::vector<const json*> out;
    for (const json& area : doc_.at("areas")) out.push_back(&area);
    if (region_first) {
      std::stable_partition(out.begin(), out.end(), [](const json* a) { return a->value("is_region", false); });
    }
    return out;
  }

  void summary() {
    const json& meta = doc_.at("meta");
    Sheet sheet(book_, tr("Overzicht", "Summary"));
    sheet.title(tr("Regiobeeld ", "Regional picture ") + meta.at("region_name").get<std::string>());
    sheet.skip();
    sheet.pair(tr("Regio", "Region"), fmt::format("{} ({})", meta.at("region_name").get<std::string>(),
                                                  meta.at("region_id").get<std::string>()));
    if (meta.contains("zorgkantoorregio")) {
      sheet.pair(tr("Zorgkantoorregio", "Care-office region"), meta.at("zorgkantoorregio").get<std::string>());
    }
    sheet.pair(tr("Periode", "Horizon"), fmt::format("{} {} {}", meta.at("from").get<std::string>(), tr("t/m", "to"),
                                                     meta.at("to").get<std::string>()));
    const json& scenario = meta.at("scenario");
    if (scenario.is_null()) {
      sheet.pair(tr("Soort run", "Kind of run"), tr("basislijn (zonder regioplan)", "baseline (no regional plan)"));
    } else {
      sheet.pair(tr("Soort run", "Kind of run"),
                 fmt::format(fmt::runtime(tr("scenario '{}' tegen de basislijn", "scenario '{}' against the baseline")),
                             scenario.at("name").get<std::string>()));
      sheet.pair(tr("Replicaties", "Replications"), scenario.at("replications").get<double>(), NumberKind::count, 0);
    }
    // A seed beyond 2^53 would lose digits as an Excel number, so it is then written as text.
    const auto seed = meta.at("seed").get<std::uint64_t>();
    if (seed <= (std::uint64_t{1} << 53U)) {
      sheet.pair("Seed", static_cast<double>(seed), NumberKind::year, 0);
    } else {
      sheet.pair("Seed", std::to_string(seed));
    }
    if (meta.contains("sample")) {
      sheet.pair(tr("Steekproef van de inwoners", "Sample of the residents"), meta.at("sample").get<double>(),
                 NumberKind::share, 1);
    }
    sheet.pair(tr("Versie", "Version"),
               fmt::format("{} ({})", meta.value("version", ""), meta.value("git_commit", "")));
    sheet.pair(tr("Opdracht", "Command"), meta.value("command", ""));
    sheet.skip();

    sheet.heading(tr("Knelpunten", "Bottlenecks"));
    sheet.note(
        tr("Per gebied de thema's, hoogste knelpuntscore eerst; de drijver is het onderdeel dat het zwaarst "
           "belast is. Details per thema op de themabladen.",
           "Per area the themes, highest bottleneck score first; the driver is the most loaded component. "
           "Details per theme on the theme sheets."));
    sheet.begin_table({tr("Gebied", "Area"), tr("Gebiedscode", "Area code"), tr("Rang", "Rank"), tr("Thema", "Theme"),
                       tr("Knelpuntscore", "Bottleneck score"), tr("Drijver", "Driver")},
                      false);
    const json& ranking = doc_.at("ranking");
    for (const json* area : areas(true)) {
      const std::string code = area->at("code").get<std::string>();
      const auto found = ranking.find(code);
      if (found == ranking.end()) continue;
      int rank = 0;
      for (const json& entry : *found) {
        const std::string theme_id = entry.at("theme").get<std::string>();
        const json* theme = find_theme(theme_id);
        sheet.text(0, area->at("name").get<std::string>());
        sheet.text(1, code);
        sheet.number(2, ++rank, NumberKind::count, 0);
        sheet.text(3, theme != nullptr ? t(theme->at("title")) : theme_id);
        sheet.number(4, entry.at("score"), NumberKind::ratio);
        sheet.text(5, component_title(theme, entry.value("driver", "")));
        sheet.next_row();
      }
    }
    sheet.end_table();
    sheet.finish();
  }

  void theme_sheet(const json& theme) {
    const json& indicators = theme.at("indicators");
    const json& knelpunt = theme.at("knelpunt");
    const json& components = knelpunt.at("components");
    if (indicators.empty() && components.empty()) return;
    const json& years = doc_.at("years");

    Sheet sheet(book_, t(theme.at("title")));
    sheet.title(t(theme.at("title")));
    if (theme.contains("description")) sheet.note(t(theme.at("description")));
    sheet.skip();

    if (!indicators.empty()) {
      sheet.heading(tr("Indicatoren", "Indicators"));
      std::vector<std::string> headers = {tr("Indicator", "Indicator"), tr("Gebied", "Area"),
                                          tr("Gebiedscode", "Area code"), tr("Eenheid", "Unit")};
      for (const json& year : years) headers.push_back(year_header(year));
      headers.insert(headers.end(), {tr("Soort", "Kind"), tr("Bron", "Source")});
      sheet.begin_table(headers);
      for (const json& indicator : indicators) {
        const NumberKind kind = unit_number_kind(indicator.at("unit"));
        const int decimals = decimals_of(indicator, kind);
        const json& values = indicator.at("values");
        for (const json* area : areas(false)) {
          const auto row = values.find(area->at("code").get<std::string>());
          if (row == values.end()) continue;
          sheet.text(0, t(indicator.at("title")));
          sheet.text(1, area->at("name").get<std::string>());
          sheet.text(2, area->at("code").get<std::string>());
          sheet.text(3, t(indicator.at("unit")));
          for (std::size_t y = 0; y < years.size(); ++y) sheet.number(4 + y, element(*row, y), kind, decimals);
          sheet.text(4 + years.size(), kind_text(indicator.value("kind", "")));
          sheet.text(5 + years.size(), indicator.contains("source") ? t(indicator.at("source")) : "");
          sheet.next_row();
        }
      }
      sheet.end_table();
      sheet.skip();
    }

    if (components.empty()) {
      sheet.finish();
      return;
    }
    sheet.heading(tr("Knelpunt: belasting (vraag gedeeld door capaciteit)", "Bottleneck: load (demand over capacity)"));
    std::vector<std::string> behind;
    for (const json& id : knelpunt.value("indicators", json::array())) {
      std::string title = id.get<std::string>();
      for (const json& indicator : indicators) {
        if (indicator.at("id") == id) title = t(indicator.at("title"));
      }
      behind.push_back(title);
    }
    if (!behind.empty()) {
      sheet.note(tr("Indicatoren achter dit knelpunt: ", "Indicators behind this bottleneck: ") +
                 fmt::format("{}", fmt::join(behind, ", ")));
    }
    std::vector<std::string> headers = {tr("Onderdeel", "Component"), tr("Gebied", "Area"),
                                        tr("Gebiedscode", "Area code")};
    for (const json& year : years) headers.push_back(year_header(year));
    sheet.begin_table(headers);
    for (const json& component : components) {
      const json& load = component.at("load");
      for (const json* area : areas(false)) {
        const auto row = load.find(area->at("code").get<std::string>());
        if (row == load.end()) continue;
        sheet.text(0, t(component.at("title")));
        sheet.text(1, area->at("name").get<std::string>());
        sheet.text(2, area->at("code").get<std::string>());
        for (std::size_t y = 0; y < years.size(); ++y) sheet.number(3 + y, element(*row, y), NumberKind::ratio);
        sheet.next_row();
      }
    }
    sheet.end_table();
    sheet.skip();

    sheet.heading(tr("Knelpuntscore", "Bottleneck score"));
    sheet.begin_table({tr("Gebied", "Area"), tr("Gebiedscode", "Area code"), tr("Knelpuntscore", "Bottleneck score"),
                       tr("Drijver", "Driver")});
    const json& score = knelpunt.at("score");
    const json& driver = knelpunt.value("driver", json::object());
    for (const json* area : areas(true)) {
      const std::string code = area->at("code").get<std::string>();
      const auto found = score.find(code);
      if (found == score.end()) continue;
      sheet.text(0, area->at("name").get<std::string>());
      sheet.text(1, code);
      sheet.number(2, *found, NumberKind::ratio);
      const auto why = driver.find(code);
      if (why != driver.end() && why->is_string()) sheet.text(3, component_title(&theme, why->get<std::string>()));
      sheet.next_row();
    }
    sheet.end_table();
    sheet.finish();
  }

  void places() {
    const json& places = doc_.at("places");
    if (places.empty()) return;
    Sheet sheet(book_, tr("Plekken", "Places"));
    sheet.title(
        tr("Plekken: vraag, capaciteit en wachtenden per jaar", "Places: demand, capacity and waiting by year"));
    sheet.note(
        tr("Vraag en capaciteit in de eenheid van de plek: gemiddelde per maand (bij doorlopende zorg: cliënten "
           "in zorg of wachtend en plaatsen, in december); wachtend en in zorg: december. Binnen norm: aandeel "
           "binnen de norm geholpen.",
           "Demand and capacity in the place's unit: monthly mean (ongoing care: clients in care or waiting, "
           "and places, in December); waiting and in care: December. Within norm: share served within the "
           "norm."));
    sheet.skip();
    sheet.begin_table({tr("Plek", "Place"), tr("Eenheid", "Unit"), tr("Doorlopende zorg", "Ongoing care"),
                       tr("Jaar", "Year"), tr("Vraag", "Demand"), tr("Capaciteit", "Capacity"),
                       tr("Wachtend", "Waiting"), tr("In zorg", "In care"), tr("Binnen norm", "Within norm")});
    for (const json& place : places) {
      const json& years = place.at("years");
      for (std::size_t y = 0; y < years.size(); ++y) {
        sheet.text(0, t(place.at("title")));
        sheet.text(1, t(place.at("unit")));
        sheet.text(2, yes_no(place.value("ongoing", false)));
        sheet.number(3, years[y], NumberKind::year);
        std::size_t col = 4;
        for (const char* measure : {"demand", "capacity", "waiting", "in_care"}) {
          sheet.number(col++, element(place.at(measure), y), NumberKind::count);
        }
        sheet.number(col, element(place.at("within_norm"), y), NumberKind::share);
        sheet.next_row();
      }
    }
    sheet.end_table();
    sheet.finish();
  }

  void workforce() {
    const json& professions = doc_.at("workforce");
    if (professions.empty()) return;
    Sheet sheet(book_, tr("Personeel", "Workforce"));
    sheet.title(tr("Personeel per beroepsgroep en jaar", "Workforce by profession and year"));
    sheet.note(tr("Tekort = nodig min beschikbaar, als dat positief is; ook als aandeel van wat nodig is.",
                  "Shortage = required minus available when positive; also as a share of what is required."));
    sheet.skip();
    sheet.begin_table({tr("Beroepsgroep", "Profession"), tr("Jaar", "Year"), tr("Fte beschikbaar", "FTE available"),
                       tr("Fte nodig", "FTE required"), tr("Tekort (fte)", "Shortage (FTE)"),
                       tr("Tekort (aandeel)", "Shortage (share)")});
    for (const json& profession : professions) {
      const json& years = profession.at("years");
      for (std::size_t y = 0; y < years.size(); ++y) {
        sheet.text(0, t(profession.at("title")));
        sheet.number(1, years[y], NumberKind::year);
        sheet.number(2, element(profession.at("fte"), y), NumberKind::fte);
        const std::optional<double> required = maybe_number(element(profession.at("fte_required"), y));
        const std::optional<double> shortage = maybe_number(element(profession.at("shortage_fte"), y));
        if (required) sheet.number(3, *required, NumberKind::fte);
        if (shortage) sheet.number(4, *shortage, NumberKind::fte);
        if (required && shortage && *required > 0.0) sheet.number(5, *shortage / *required, NumberKind::share);
        sheet.next_row();
      }
    }
    sheet.end_table();
    sheet.finish();
  }

  // Years as rows and payers as columns, with the total: what a reader compares at a glance.
  void costs() {
    const json& payers = doc_.at("costs");
    if (payers.empty()) return;
    std::map<int, std::vector<std::optional<double>>> by_year;
    for (std::size_t p = 0; p < payers.size(); ++p) {
      const json& years = payers[p].at("years");
      for (std::size_t y = 0; y < years.size(); ++y) {
        auto& row = by_year[years[y].get<int>()];
        row.resize(payers.size());
        row[p] = maybe_number(element(payers[p].at("eur"), y));
      }
    }
    Sheet sheet(book_, tr("Kosten", "Costs"));
    sheet.title(tr("Zorgkosten per betaler en jaar", "Care cost by payer and year"));
    sheet.note(tr("Euro's per jaar, in prijzen van 2024.", "Euros per year, in 2024 prices."));
    sheet.skip();
    std::vector<std::string> headers = {tr("Jaar", "Year")};
    std::set<std::string> seen = {lower_ascii(headers[0]), lower_ascii(tr("Totaal", "Total"))};
    for (const json& payer : payers) {  // table headers must be unique
      std::string header = t(payer.at("title"));
      if (!seen.insert(lower_ascii(header)).second) header += " (" + payer.at("id").get<std::string>() + ")";
      headers.push_back(header);
    }
    headers.push_back(tr("Totaal", "Total"));
    sheet.begin_table(headers);
    for (const auto& [year, row] : by_year) {
      sheet.number(0, year, NumberKind::year);
      double total = 0.0;
      for (std::size_t p = 0; p < row.size(); ++p) {
        if (!row[p]) continue;
        sheet.number(1 + p, *row[p], NumberKind::euro);
        total += *row[p];
      }
      sheet.number(1 + payers.size(), total, NumberKind::euro);
      sheet.next_row();
    }
    sheet.end_table();
    sheet.finish();
  }

  void business_case(const json& plan) {
    const json& business_case = plan.at("business_case");
    const json& payers = business_case.at("payers");
    const json& parties = business_case.at("parties");
    if (payers.empty() && parties.empty()) return;
    const json& years = plan.at("years");
    Sheet sheet(book_, tr("Businesscase", "Business case"));
    sheet.title(fmt::format(fmt::runtime(tr("Businesscase van regioplan '{}'", "Business case of regional plan '{}'")),
                            plan.at("name").get<std::string>()));
    sheet.note(fmt::format(
        fmt::runtime(tr("Netto = besparing min kosten van de interventies; P5, P50 en P95 over {} replicaties. Kosten "
                        "en besparing: P50. Euro's in prijzen van 2024.",
                        "Net = savings minus the interventions' cost; P5, P50 and P95 over {} replications. Cost and "
                        "savings: P50. Euros in 2024 prices.")),
        plan.at("replications").get<int>()));
    sheet.skip();

    if (!payers.empty()) {
      sheet.heading(tr("Per betaler", "Per payer"));
      sheet.begin_table({tr("Betaler", "Payer"), tr("Jaar", "Year"), tr("Kosten", "Cost"), tr("Besparing", "Savings"),
                         tr("Netto P5", "Net P5"), tr("Netto P50", "Net P50"), tr("Netto P95", "Net P95"),
                         tr("Cumulatief netto P5", "Cumulative net P5"),
                         tr("Cumulatief netto P50", "Cumulative net P50"),
                         tr("Cumulatief netto P95", "Cumulative net P95"), tr("Terugverdiend in", "Break-even year")});
      for (const json& payer : payers) {
        for (std::size_t y = 0; y < years.size(); ++y) {
          sheet.text(0, t(payer.at("title")));
          sheet.number(1, years[y], NumberKind::year);
          sheet.number(2, element(payer.at("cost"), y), NumberKind::euro);
          sheet.number(3, element(payer.at("savings"), y), NumberKind::euro);
          std::size_t col = 4;
          for (const char* series : {"net", "cumulative_net"}) {
            for (const char* quantile : {"p5", "p50", "p95"}) {
              sheet.number(col++, element(payer.at(series).at(quantile), y), NumberKind::euro);
            }
          }
          const json& break_even = payer.at("break_even");
          if (break_even.is_number()) {
            sheet.number(col, break_even, NumberKind::year);
          } else {
            sheet.text(col, tr("niet binnen de horizon", "not within the horizon"));
          }
          sheet.next_row();
        }
      }
      sheet.end_table();
      sheet.skip();
    }

    if (!parties.empty()) {
      sheet.heading(tr("Per partij", "Per party"));
      sheet.begin_table({tr("Partij", "Party"), tr("Jaar", "Year"), tr("Kosten", "Cost"),
                         tr("Cumulatief netto P5", "Cumulative net P5"),
                         tr("Cumulatief netto P50", "Cumulative net P50"),
                         tr("Cumulatief netto P95", "Cumulative net P95")});
      for (const json& party : parties) {
        for (std::size_t y = 0; y < years.size(); ++y) {
          sheet.text(0, t(party.at("title")));
          sheet.number(1, years[y], NumberKind::year);
          sheet.number(2, element(party.at("cost"), y), NumberKind::euro);
          std::size_t col = 3;
          for (const char* quantile : {"p5", "p50", "p95"}) {
            sheet.number(col++, element(party.at("cumulative_net").at(quantile), y), NumberKind::euro);
          }
          sheet.next_row();
        }
      }
      sheet.end_table();
    }
    sheet.finish();
  }

  void plan_series(const json& plan) {
    const json& series = plan.at("series");
    if (series.empty()) return;
    const json& years = plan.at("years");
    Sheet sheet(book_, tr("Planeffecten", "Plan effects"));
    sheet.title(
        fmt::format(fmt::runtime(tr("Regioplan '{}' tegen de basislijn", "Regional plan '{}' against the baseline")),
                    plan.at("name").get<std::string>()));
    sheet.note(
        fmt::format(fmt::runtime(tr("Scenarioresultaten: P50 met P5-P95 over {} replicaties; verschil = plan min "
                                    "basislijn, per replicatie.",
                                    "Scenario results: P50 with P5-P95 over {} replications; difference = plan "
                                    "minus baseline, per replication.")),
                    plan.at("replications").get<int>()));
    sheet.skip();
    std::vector<std::string> headers = {tr("Reeks", "Series"), tr("Eenheid", "Unit"), tr("Jaar", "Year")};
    for (const std::string& what : {tr("Basislijn", "Baseline"), tr("Plan", "Plan"), tr("Verschil", "Difference")}) {
      for (const char* quantile : {"P5", "P50", "P95"}) headers.push_back(what + " " + quantile);
    }
    sheet.begin_table(headers);
    for (const json& one : series) {
      const NumberKind kind = unit_number_kind(one.at("unit"));
      const int decimals = decimals_of(one, kind);
      for (std::size_t y = 0; y < years.size(); ++y) {
        sheet.text(0, t(one.at("title")));
        sheet.text(1, t(one.at("unit")));
        sheet.number(2, years[y], NumberKind::year);
        std::size_t col = 3;
        for (const char* what : {"baseline", "plan", "difference"}) {
          for (const char* quantile : {"p5", "p50", "p95"}) {
            sheet.number(col++, element(one.at(what).at(quantile), y), kind, decimals);
          }
        }
        sheet.next_row();
      }
    }
    sheet.end_table();
    sheet.finish();
  }

  // Values as the model read them, in Excel's General format so no digit is hidden.
  void sources() {
    const json& parameters = doc_.at("sources");
    if (parameters.empty()) return;
    Sheet sheet(book_, tr("Bronnen", "Sources"));
    sheet.title(tr("Parameters van deze run en hun bronnen", "Parameters of this run and their sources"));
    sheet.note(tr("Aangepast: door de gebruiker gewijzigd ten opzichte van de standaardwaarde.",
                  "Overridden: changed by the user from the default value."));
    sheet.skip();
    sheet.begin_table({tr("Parameter", "Parameter"), tr("Waarde", "Value"), tr("Eenheid", "Unit"), tr("Bron", "Source"),
                       tr("Aangepast", "Overridden")});
    for (const json& parameter : parameters) {
      sheet.text(0, parameter.at("name").get<std::string>());
      const json& value = parameter.at("value");
      const std::optional<double> number =
          value.is_string() ? parse_number(value.get<std::string>()) : std::optional<double>();
      if (value.is_number()) {
        sheet.number(1, value, NumberKind::general);
      } else if (number) {
        sheet.number(1, *number, NumberKind::general);
      } else {
        sheet.text(1, value.is_string() ? value.get<std::string>() : value.dump());
      }
      sheet.text(2, parameter.value("unit", ""));
      sheet.text(3, parameter.value("source", ""));
      sheet.text(4, yes_no(parameter.value("overridden", false)));
      sheet.next_row();
    }
    sheet.end_table();
    sheet.finish();
  }

  Book& book_;
  const json& doc_;
  Language lang_;
};

}  // namespace

std::string excel_sheet_name(const std::string& title) {
  std::string name;
  for (const char c : title) name += std::string("[]:*?/\\").find(c) == std::string::npos ? c : '-';
  const auto trim = [&] {
    while (!name.empty() && (name.front() == '\'' || name.front() == ' ')) name.erase(0, 1);
    while (!name.empty() && (name.back() == '\'' || name.back() == ' ')) name.pop_back();
  };
  trim();
  if (display_length(name) > 31) {
    const std::size_t cut = utf8_prefix(name, 31).size();
    const std::size_t space = name.rfind(' ', cut);  // a space right after the 31st character is fine too
    name.resize(space != std::string::npos && space >= 16 ? space : cut);
    trim();
  }
  return name.empty() ? "-" : name;
}

void write_workbook(const nlohmann::json& regiobeeld, const fs::path& file, Language lang) {
  const std::string target = file.string();
  if (!regiobeeld.is_object() || regiobeeld.value("format", 0) != 1) {
    throw InputError(fmt::format("{}: the regiobeeld document is not of format 1", target));
  }
  const fs::path temporary = file.parent_path() / fmt::format(".{}.tmp-{}", file.filename().string(), ::getpid());
  std::error_code ec;
  if (!file.parent_path().empty()) fs::create_directories(file.parent_path(), ec);  // if it fails, so will close()
  try {
    Book book(temporary, target);
    WorkbookWriter(book, regiobeeld, lang).write();
    book.close();
  } catch (const nlohmann::json::exception& e) {
    fs::remove(temporary, ec);
    throw InputError(fmt::format("{}: the regiobeeld document is not as format 1 describes: {}", target, e.what()));
  } catch (...) {
    fs::remove(temporary, ec);
    throw;
  }
  fs::rename(temporary, file, ec);
  if (ec) {
    const std::string why = ec.message();
    fs::remove(temporary, ec);
    throw OutputError(fmt::format("{}: cannot move the workbook into place: {}", target, why));
  }
}

}  // namespace regiotwin
