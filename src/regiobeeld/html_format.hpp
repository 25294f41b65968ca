#pragma once
// Small formatting helpers of the HTML report: Dutch number style, escaping, JSON in <script>.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <string>

namespace regiotwin::html {

inline std::string escape_html(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// JSON inside <script> must not contain "</".
inline std::string script_json(const nlohmann::json& value) {
  std::string text = value.dump();
  for (std::size_t pos = 0; (pos = text.find("</", pos)) != std::string::npos; pos += 3) text.replace(pos, 2, "<\\/");
  return text;
}

inline std::string nl_number(double value, int decimals = 0) {
  std::string text = fmt::format("{:.{}f}", value, decimals);
  std::string out;
  const auto point = text.find('.');
  const std::size_t int_end = point == std::string::npos ? text.size() : point;
  const std::size_t int_begin = text[0] == '-' ? 1 : 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > int_begin && i < int_end && (int_end - i) % 3 == 0) out += '.';
    out += i == point ? ',' : text[i];
  }
  return out;
}

inline std::string percent(double share) { return nl_number(100.0 * share, 1) + "%"; }

}  // namespace regiotwin::html
