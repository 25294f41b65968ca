#pragma once
#include <filesystem>

namespace regiotwin {

// share/regiotwin beside the binary (bin/../share/regiotwin), as laid out by the build and by
// `cmake --install`; REGIOTWIN_DATA_DIR overrides it.
std::filesystem::path data_dir();

}  // namespace regiotwin
