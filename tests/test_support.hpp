#pragma once
// Helpers shared by the test executables: the embedded packs, and scratch folders.
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/parameters.hpp"
#include "region/pack.hpp"

namespace regiotwin::testing_support {

inline std::filesystem::path embedded_regions() { return std::filesystem::path(REGIOTWIN_SOURCE_DIR) / "data/regions"; }

// A file of the handmade fixtures in tests/fixtures/<folder>.
inline std::filesystem::path fixture_file(const std::string& folder, const std::string& name) {
  return std::filesystem::path(REGIOTWIN_SOURCE_DIR) / "tests/fixtures" / folder / name;
}

inline Region embedded_region(const std::string& id) {
  ParameterSet params;
  return load_region_pack(embedded_regions() / id, params).region;
}

// A fresh folder under the system temp dir, removed when the object goes.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() / ("regiotwin-test-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline void write_file(const std::filesystem::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

inline Region named_region(const std::string& id, const std::string& name) {
  Region r;
  r.id = id;
  r.name = name;
  return r;
}

inline BandCount band(AgeBand ages, std::optional<Sex> sex, long long count) {
  BandCount b;
  b.band = ages;
  b.sex = sex;
  b.count = count;
  return b;
}

// A single-municipality region with the given bands ("age_band,sex,count" lines).
inline Region one_municipality(const std::vector<BandCount>& bands) {
  Region r;
  r.id = "test";
  r.name = "Test";
  Municipality m;
  m.code = "GM9999";
  m.name = "Testdorp";
  m.age_bands = bands;
  for (const BandCount& b : bands) m.population += b.count;
  r.municipalities.push_back(m);
  return r;
}

}  // namespace regiotwin::testing_support
