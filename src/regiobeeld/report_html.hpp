#pragma once
// The regiobeeld report: one self-contained HTML file (chart library inlined) that works offline,
// drawn from the regiobeeld document alone (regiobeeld_data.hpp) so that `regiotwin report RUN`
// redraws it from the results store. Dutch by default, English on request.
#include <nlohmann/json.hpp>
#include <string>

#include "regiobeeld/language.hpp"

namespace regiotwin {

// On paper the tables behind "Per gemeente" and the sources are shown opened.
enum class ReportMedium { screen, print };

// `charts_js` is the bundled charting library (share/regiotwin/web/charts.js).
std::string report_html(const nlohmann::json& doc, Language lang, const std::string& charts_js,
                        ReportMedium medium = ReportMedium::screen);

}  // namespace regiotwin
