#include "sweep/groups.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <map>
#include <set>

#include "care/care_system.hpp"
#include "core/errors.hpp"
#include "core/version.hpp"
#include "results/digest.hpp"

namespace regiotwin {
namespace {

namespace fs = std::filesystem;

struct LoadedPack {
  RegionPack pack;
  ParameterSet params;  // the defaults with the pack's parameters.yaml
};

std::vector<std::string> region_ids(const SweepRequest& request, const Scenario& scenario,
                                    const RegionCatalog& catalog) {
  if (request.regions.empty()) return {scenario.region.value_or("regio-zwolle")};
  if (request.regions.size() == 1 && request.regions.front() == "all") return catalog.ids();
  return request.regions;
}

}  // namespace

PreparedSweep prepare_sweep(const SweepRequest& request, const RegionCatalog& catalog) {
  if (request.scenarios.empty()) throw UsageError("a sweep needs at least one --scenario");
  PreparedSweep out;
  std::map<fs::path, LoadedPack> packs;
  std::set<std::string> scenario_ids;
  std::string fingerprint = fmt::format("regiotwin {} {}\nsample {}\n", version, git_commit, request.sample);

  for (const fs::path& file : request.scenarios) {
    const Scenario scenario = load_scenario(file);
    const std::string scenario_id = file.stem().string();
    if (!scenario_ids.insert(scenario_id).second) {
      throw UsageError(fmt::format("two scenarios are named '{}': their results would share a folder", scenario_id));
    }
    if (scenario.interventions.empty()) {
      throw ValidationError(
          fmt::format("{}: has no interventions; a sweep compares a regioplan with its baseline", file.string()));
    }
    RunPlan run;
    run.from = scenario.from.value_or(run.from);
    run.to = scenario.to.value_or(run.to);
    run.seed = scenario.seed.value_or(run.seed);
    if (run.to < run.from) {
      throw ValidationError(
          fmt::format("{}: the run ends ({}) before it starts ({})", file.string(), run.to.str(), run.from.str()));
    }
    check_horizon(scenario.interventions, run.from, run.to);
    run.interventions = scenario.interventions;
    if (request.sample < 1.0) scale_interventions(run.interventions, request.sample);
    const int replications = request.replications.value_or(scenario.replications.value_or(1));
    fingerprint += fmt::format("scenario {} {}\n", scenario_id, file_digest(file));

    std::set<std::string> seen;
    for (const std::string& id : region_ids(request, scenario, catalog)) {
      const fs::path directory = catalog.resolve(id);
      auto loaded = packs.find(directory);
      if (loaded == packs.end()) {
        LoadedPack pack;
        pack.pack = load_region_pack(directory, pack.params);
        loaded = packs.emplace(directory, std::move(pack)).first;
      }
      const RegionPack& pack = loaded->second.pack;
      if (!seen.insert(pack.region.id).second) {
        throw UsageError(fmt::format("region '{}' is asked for twice", pack.region.id));
      }
      std::vector<std::string> codes;
      for (const Municipality& m : pack.region.municipalities) codes.push_back(m.code);
      check_municipalities(run.interventions, codes);

      SweepGroup group;
      group.region = request.sample < 1.0 ? sampled(pack.region, request.sample) : pack.region;
      group.params = loaded->second.params;
      for (const ParameterOverride& change : scenario.parameters) group.params.apply(change);
      group.run = run;
      group.right = CareSettings::from(group.params, group.region.routing).routing.right;
      group.replications = replications;
      out.groups.push_back(std::move(group));
      out.info.push_back({scenario, scenario_id, pack.region.id, pack.region.name, pack.directory, pack.files});

      fingerprint += fmt::format("region {} replications {} seed {} from {} to {}\n", pack.region.id, replications,
                                 run.seed, run.from.str(), run.to.str());
      for (const fs::path& f : pack.files)
        fingerprint += fmt::format("{} {}\n", f.lexically_relative(pack.directory).string(), file_digest(f));
    }
  }
  out.fingerprint = fnv1a64(fingerprint);
  return out;
}

}  // namespace regiotwin
