#include "core/errors.hpp"

#include <fmt/format.h>

namespace regiotwin {

std::string describe(const SourceLocation& where, const std::string& what) {
  std::string line = where.line > 0 ? fmt::format(":{}", where.line) : std::string{};
  if (where.line > 0 && where.column > 0) line += fmt::format(":{}", where.column);
  const std::string field = where.field.empty() ? std::string{} : fmt::format("field '{}': ", where.field);
  return fmt::format("{}{}: {}{}", where.file, line, field, what);
}

}  // namespace regiotwin
