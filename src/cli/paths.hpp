#pragma once
#include <filesystem>
#include <string>

namespace regiotwin {

// share/regiotwin beside the binary (bin/../share/regiotwin), as laid out by the build and by
// `cmake --install`; REGIOTWIN_DATA_DIR overrides it.
std::filesystem::path data_dir();

// The bundled charting library that reports inline (share/regiotwin/web/charts.js).
std::string chart_library();

}  // namespace regiotwin
