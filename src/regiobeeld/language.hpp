#pragma once
// The language of what a reader sees (report, workbook). Texts in the regiobeeld document are
// {"nl": ..., "en": ...} pairs; text() picks one, so the document itself stays language-neutral.
#include <nlohmann/json.hpp>

#include <string>

namespace regiotwin {

enum class Language { nl, en };

inline const char* language_code(Language lang) { return lang == Language::en ? "en" : "nl"; }

// The pair's text in `lang`; the other language when that one is missing, and a plain string as is
// (a title nobody translated yet still shows). Throws nlohmann::json::type_error on anything else.
inline const std::string& text(const nlohmann::json& pair, Language lang) {
  if (pair.is_string()) return pair.get_ref<const std::string&>();
  const char* wanted = language_code(lang);
  const char* other = lang == Language::en ? "nl" : "en";
  const auto found = pair.find(wanted);
  if (found != pair.end() && found->is_string()) return found->get_ref<const std::string&>();
  return pair.at(other).get_ref<const std::string&>();
}

}  // namespace regiotwin
