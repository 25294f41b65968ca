#pragma once
// A small reader for the CSV files of region packs and CBS StatLine exports: a header line, RFC 4180
// quoting, '#' comment lines, ',' or ';' between fields, and typed cell access whose errors name
// the file, line and column.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.hpp"

namespace regiotwin {

class CsvTable {
 public:
  struct Row {
    long line = 0;  // 1-based line in the file
    std::vector<std::string> cells;
  };

  // Pass as `delimiter` to take ';' when the first line has one, else ',': StatLine downloads use
  // ';' and tools such as cbsodataR ','.
  static constexpr char either_delimiter = '\0';

  static CsvTable read(const std::filesystem::path& file, char delimiter = ',');
  static CsvTable parse(std::string_view text, std::string file_name, char delimiter = ',');

  [[nodiscard]] const std::string& file() const { return file_; }
  [[nodiscard]] const std::vector<Row>& rows() const { return rows_; }
  [[nodiscard]] const std::vector<std::string>& header() const { return header_; }

  // Throws InputError naming the file when a required column is missing.
  void require_columns(const std::vector<std::string_view>& names) const;
  [[nodiscard]] bool has_column(std::string_view name) const;
  // Where a cell is, for messages about its value.
  [[nodiscard]] SourceLocation at(const Row& row, std::string_view column) const;

  [[nodiscard]] const std::string& text(const Row& row, std::string_view column) const;
  [[nodiscard]] double number(const Row& row, std::string_view column) const;
  [[nodiscard]] long long integer(const Row& row, std::string_view column) const;

 private:
  [[nodiscard]] std::size_t column_index(std::string_view name) const;
  std::string file_;
  std::vector<std::string> header_;
  std::vector<Row> rows_;
};

}  // namespace regiotwin
