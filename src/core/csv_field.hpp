#pragma once
// One field of a CSV file that regiotwin writes (RFC 4180): quoted when it holds a comma, a quote or
// a line break, with quotes doubled.
#include <string>
#include <string_view>

namespace regiotwin {

inline std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace regiotwin
