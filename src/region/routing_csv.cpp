#include "region/routing_csv.hpp"

#include <fmt/format.h>
#include <array>
#include <string>
#include <vector>

#include "core/csv_field.hpp"
#include "io/csv.hpp"

namespace regiotwin {
namespace {

template <std::size_t N>
std::string one_of(const std::array<std::string_view, N>& names) {
  return fmt::format("{}", fmt::join(names, ", "));
}

QuestionType question_type_of(const CsvTable& csv, const CsvTable::Row& row) {
  const std::string& text = csv.text(row, "question_type");
  if (const auto type = question_type_named(text)) return *type;
  throw InputError(csv.at(row, "question_type"),
                   fmt::format("expected a question type ({}), got '{}'", one_of(question_type_names), text));
}

Place place_of(const CsvTable& csv, const CsvTable::Row& row) {
  const std::string& text = csv.text(row, "place");
  if (const auto place = place_named(text)) return *place;
  // A Dutch name is the likeliest slip; say which name the file wants instead.
  std::string hint;
  for (std::size_t p = 0; p < n_places; ++p) {
    if (place_names_nl[p] == text) hint = fmt::format(" (for {} write {})", text, place_names[p]);
  }
  throw InputError(csv.at(row, "place"),
                   fmt::format("expected a place ({}), got '{}'{}", one_of(place_names), text, hint));
}

double share_of(const CsvTable& csv, const CsvTable::Row& row) {
  const double share = csv.number(row, "share");
  if (share < 0.0 || share > 1.0) {
    throw InputError(csv.at(row, "share"), fmt::format("expected a share in [0, 1], got {:g}", share));
  }
  return share;
}

// Lines of one type's rows and their sum, to name in the message when they do not add up to 1.
struct TypeRows {
  std::vector<long> lines;
  double sum = 0.0;
};

void check_sums(const std::string& file, const std::array<TypeRows, n_question_types>& by_type) {
  for (std::size_t t = 0; t < n_question_types; ++t) {
    const TypeRows& rows = by_type[t];
    if (rows.lines.empty() || adds_up_to_one(rows.sum)) continue;
    throw InputError(SourceLocation{file, rows.lines.front(), "share"},
                     fmt::format("the shares of {} on lines {} add up to {:.9g}; they must add up to 1 (within {:g})",
                                 question_type_names[t], fmt::join(rows.lines, ", "), rows.sum, share_sum_tolerance));
  }
}

PackRouting read_rows(const CsvTable& csv) {
  csv.require_columns({"question_type", "place", "share", "source"});
  PackRouting out;
  out.file = csv.file();
  std::array<TypeRows, n_question_types> by_type;
  std::array<std::array<long, n_places>, n_question_types> line_of{};  // 0: not given yet
  for (const auto& row : csv.rows()) {
    RoutingRow r;
    r.type = question_type_of(csv, row);
    r.place = place_of(csv, row);
    long& first = line_of[type_index(r.type)][place_index(r.place)];
    if (first != 0) {
      throw InputError(csv.at(row, "place"),
                       fmt::format("{} at {} is given twice (first on line {})",
                                   question_type_names[type_index(r.type)], place_names[place_index(r.place)], first));
    }
    first = row.line;
    r.share = share_of(csv, row);
    r.source = csv.text(row, "source");
    r.line = row.line;
    by_type[type_index(r.type)].lines.push_back(row.line);
    by_type[type_index(r.type)].sum += r.share;
    out.rows.push_back(std::move(r));
  }
  if (out.rows.empty()) {
    throw InputError(SourceLocation{csv.file(), 0, ""},
                     "no rows; list the entry shares of at least one question type, or remove the file to keep the "
                     "national defaults");
  }
  check_sums(csv.file(), by_type);
  return out;
}

}  // namespace

PackRouting read_routing_csv(const std::filesystem::path& file) { return read_rows(CsvTable::read(file)); }

PackRouting parse_routing_csv(std::string_view text, const std::string& file_name) {
  return read_rows(CsvTable::parse(text, file_name));
}

std::string routing_csv_text(const PackRouting& routing) {
  std::string out = "question_type,place,share,source\n";
  for (const RoutingRow& r : routing.rows) {
    // {} writes the shortest text that reads back as the same double.
    out += fmt::format("{},{},{},{}\n", question_type_names[type_index(r.type)], place_names[place_index(r.place)],
                       r.share, csv_field(r.source));
  }
  return out;
}

PackRouting routing_rows(const RoutingTable& table, const std::string& source) {
  PackRouting out;
  for (std::size_t t = 0; t < n_question_types; ++t) {
    for (std::size_t p = 0; p < n_places; ++p) {
      if (table.entry[t][p] <= 0.0) continue;
      RoutingRow r;
      r.type = static_cast<QuestionType>(t);
      r.place = static_cast<Place>(p);
      r.share = table.entry[t][p];
      r.source = source;
      out.rows.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace regiotwin
