#include "core/year_month.hpp"

#include <fmt/format.h>
#include <charconv>

#include "core/errors.hpp"

namespace regiotwin {

YearMonth YearMonth::parse(std::string_view text, std::string_view what) {
  int year = 0;
  int month = 0;
  const bool shape_ok = text.size() == 7 && text[4] == '-';
  if (shape_ok) {
    const auto y = std::from_chars(text.data(), text.data() + 4, year);
    const auto m = std::from_chars(text.data() + 5, text.data() + 7, month);
    if (y.ec == std::errc{} && y.ptr == text.data() + 4 && m.ec == std::errc{} && m.ptr == text.data() + 7 &&
        month >= 1 && month <= 12 && year >= 1900 && year <= 2200) {
      return {year, month};
    }
  }
  throw ValidationError(fmt::format("{}: expected a month as YYYY-MM (e.g. 2024-01), got '{}'", what, text));
}

std::string YearMonth::str() const { return fmt::format("{:04d}-{:02d}", year(), month()); }

}  // namespace regiotwin
