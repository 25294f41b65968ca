#pragma once
// Region packs: a folder of plain CSV and YAML (docs/region-packs.md) that describes a region.
// The embedded packs live under share/regiotwin/regions beside the binary; a user may copy one,
// edit it and pass its path to --region.
#include <filesystem>
#include <string>
#include <vector>

#include "core/parameters.hpp"
#include "region/region.hpp"

namespace regiotwin {

struct RegionPack {
  Region region;
  std::filesystem::path directory;
  std::vector<std::filesystem::path> files;  // every file read, for the run's input digest
};

// Reads and validates a pack; parameter overrides in its parameters.yaml are applied to `params`.
RegionPack load_region_pack(const std::filesystem::path& directory, ParameterSet& params);

class RegionCatalog {
 public:
  explicit RegionCatalog(std::filesystem::path root) : root_(std::move(root)) {}

  // Embedded region ids, sorted.
  [[nodiscard]] std::vector<std::string> ids() const;
  // An embedded id, or a path to a pack folder; an unknown id lists the available ones.
  [[nodiscard]] std::filesystem::path resolve(const std::string& id_or_path) const;
  [[nodiscard]] const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
};

}  // namespace regiotwin
