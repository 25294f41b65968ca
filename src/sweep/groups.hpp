#pragma once
// The groups of a sweep from its command line: every scenario on every region asked for. Each rank
// builds them itself from the same files; a fingerprint of those files lets rank 0 refuse a worker
// that read other ones.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "plan/scenario.hpp"
#include "region/pack.hpp"
#include "sweep/sweep.hpp"

namespace regiotwin {

struct SweepRequest {
  std::vector<std::filesystem::path> scenarios;
  std::vector<std::string> regions;  // empty: each scenario's own region; {"all"}: every embedded region
  std::optional<int> replications;   // nullopt: each scenario's own, else 1
  double sample = 1.0;               // a sample of every region (region.hpp, sampled())
};

// What a group's record needs besides the group itself.
struct SweepGroupInfo {
  Scenario scenario;
  std::string scenario_id;  // the scenario file's name without .yaml: its output folder
  std::string region_id;
  std::string region_name;
  std::filesystem::path pack_directory;
  std::vector<std::filesystem::path> pack_files;
};

struct PreparedSweep {
  std::vector<SweepGroup> groups;  // scenario by scenario, region by region
  std::vector<SweepGroupInfo> info;
  std::uint64_t fingerprint = 0;  // of regiotwin's version and every input file
};

// Reads and checks every scenario and region pack before anything runs: an unknown region, a
// scenario without interventions, an intervention outside the horizon or in a municipality the
// region does not have, two scenarios or regions of the same name.
PreparedSweep prepare_sweep(const SweepRequest& request, const RegionCatalog& catalog);

}  // namespace regiotwin
