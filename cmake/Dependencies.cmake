# All dependencies come from Debian packages (scripts/install-deps); nothing is downloaded.
find_package(CLI11 CONFIG REQUIRED)
find_package(fmt CONFIG REQUIRED)
find_package(yaml-cpp CONFIG REQUIRED)
find_package(nlohmann_json CONFIG REQUIRED)
find_package(TBB CONFIG REQUIRED)
find_package(Threads REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(SQLiteCpp CONFIG REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
# MPI is optional: without it `regiotwin sweep` runs its tasks threaded on one machine.
enable_language(C)
find_package(MPI COMPONENTS C)

# Random123 is header-only and ships no CMake or pkg-config file.
find_path(RANDOM123_INCLUDE_DIR Random123/philox.h REQUIRED)
add_library(Random123 INTERFACE)
target_include_directories(Random123 SYSTEM INTERFACE ${RANDOM123_INCLUDE_DIR})

if(REGIOTWIN_TESTS)
  find_package(GTest CONFIG REQUIRED)
endif()
if(REGIOTWIN_BENCH)
  find_package(benchmark CONFIG REQUIRED)
endif()
