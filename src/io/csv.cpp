#include "io/csv.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>

#include "core/errors.hpp"

namespace regiotwin {
namespace {

// Splits one record starting at `pos`; advances `pos` and `line` past it (quoted fields may span lines).
std::vector<std::string> split_record(std::string_view text, std::size_t& pos, long& line, char delimiter,
                                      const std::string& file) {
  std::vector<std::string> cells(1);
  bool quoted = false;
  const long start_line = line;
  while (pos < text.size()) {
    const char c = text[pos++];
    if (quoted) {
      if (c == '"' && pos < text.size() && text[pos] == '"') {
        cells.back() += '"';
        ++pos;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        cells.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == delimiter) {
      cells.emplace_back();
    } else if (c == '\n') {
      ++line;
      break;
    } else if (c != '\r') {
      cells.back() += c;
    }
  }
  if (quoted) throw InputError(SourceLocation{file, start_line, ""}, "a quoted field is never closed");
  return cells;
}

char pick_delimiter(std::string_view text) {
  const std::string_view first_line = text.substr(0, text.find('\n'));
  return first_line.find(';') != std::string_view::npos ? ';' : ',';
}

bool blank_or_comment(const std::vector<std::string>& cells) {
  if (cells.size() == 1 && cells[0].find_first_not_of(" \t") == std::string::npos) return true;
  return !cells[0].empty() && cells[0][0] == '#';
}

}  // namespace

CsvTable CsvTable::read(const std::filesystem::path& file, char delimiter) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(fmt::format("{}: cannot open file", file.string()));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse(buffer.str(), file.string(), delimiter);
}

CsvTable CsvTable::parse(std::string_view text, std::string file_name, char delimiter) {
  CsvTable table;
  table.file_ = std::move(file_name);
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // byte-order mark written by Excel
  if (delimiter == either_delimiter) delimiter = pick_delimiter(text);
  std::size_t pos = 0;
  long line = 1;
  while (pos < text.size()) {
    const long record_line = line;
    auto cells = split_record(text, pos, line, delimiter, table.file_);
    if (blank_or_comment(cells)) continue;
    if (table.header_.empty()) {
      table.header_ = std::move(cells);
      continue;
    }
    if (cells.size() != table.header_.size()) {
      throw InputError(SourceLocation{table.file_, record_line, ""},
                       fmt::format("expected {} fields as in the header, got {}", table.header_.size(), cells.size()));
    }
    table.rows_.push_back(Row{record_line, std::move(cells)});
  }
  if (table.header_.empty()) throw InputError(SourceLocation{table.file_, 0, ""}, "the file has no header line");
  return table;
}

void CsvTable::require_columns(const std::vector<std::string_view>& names) const {
  for (const std::string_view name : names) (void)column_index(name);
}

bool CsvTable::has_column(std::string_view name) const {
  return std::find(header_.begin(), header_.end(), name) != header_.end();
}

SourceLocation CsvTable::at(const Row& row, std::string_view column) const {
  return SourceLocation{file_, row.line, std::string(column)};
}

std::size_t CsvTable::column_index(std::string_view name) const {
  const auto it = std::find(header_.begin(), header_.end(), name);
  if (it == header_.end()) {
    throw InputError(SourceLocation{file_, 1, std::string(name)},
                     fmt::format("missing column; the header has: {}", fmt::join(header_, ", ")));
  }
  return static_cast<std::size_t>(it - header_.begin());
}

const std::string& CsvTable::text(const Row& row, std::string_view column) const {
  return row.cells[column_index(column)];
}

double CsvTable::number(const Row& row, std::string_view column) const {
  const std::string& cell = text(row, column);
  double value = 0.0;
  const auto result = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (cell.empty() || result.ec != std::errc{} || result.ptr != cell.data() + cell.size() || !std::isfinite(value)) {
    throw InputError(at(row, column), fmt::format("expected a number (with '.' as decimal point), got '{}'", cell));
  }
  return value;
}

long long CsvTable::integer(const Row& row, std::string_view column) const {
  const std::string& cell = text(row, column);
  long long value = 0;
  const auto result = std::from_chars(cell.data(), cell.data() + cell.size(), value);
  if (cell.empty() || result.ec != std::errc{} || result.ptr != cell.data() + cell.size()) {
    throw InputError(at(row, column), fmt::format("expected a whole number without separators, got '{}'", cell));
  }
  return value;
}

}  // namespace regiotwin
