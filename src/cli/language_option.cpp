#include <map>

#include "cli/commands.hpp"

namespace regiotwin {

void add_language_option(CLI::App& cmd, Language& lang) {
  const std::map<std::string, Language> languages = {{"nl", Language::nl}, {"en", Language::en}};
  cmd.add_option("--lang", lang, "Language of the report and workbook: nl (Dutch) or en (English)")
      ->transform(CLI::CheckedTransformer(languages, CLI::ignore_case))
      ->default_str("nl");
}

}  // namespace regiotwin
