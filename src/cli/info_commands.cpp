#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/paths.hpp"
#include "core/indicators.hpp"
#include "core/parameters.hpp"
#include "plan/intervention_types.hpp"
#include "region/pack.hpp"

namespace regiotwin {

CLI::App* add_regions_command(CLI::App& app, std::string& only) {
  CLI::App* cmd = app.add_subcommand("regions", "List the embedded region packs with their municipalities");
  cmd->add_option("region", only, "Show only this region, with all its municipalities");
  cmd->callback([&only] {
    // Long lists (nl-synthetic has 342 municipalities) are shown only when asked for by name.
    constexpr std::size_t list_limit = 30;
    const RegionCatalog catalog(data_dir() / "regions");
    const std::vector<std::string> ids = only.empty() ? catalog.ids() : std::vector<std::string>{only};
    for (const std::string& id : ids) {
      ParameterSet params;
      const RegionPack pack = load_region_pack(catalog.resolve(id), params);
      const Region& r = pack.region;
      fmt::print("{}  {}{}{}: {} municipalities, {} residents\n", r.id, r.name,
                 r.zorgkantoorregio.empty() ? "" : ", zorgkantoorregio " + r.zorgkantoorregio,
                 r.insurer.empty() ? "" : ", insurer " + r.insurer, r.municipalities.size(), r.population());
      if (only.empty() && r.municipalities.size() > list_limit) {
        fmt::print("  (list them with `regiotwin regions {}`)\n", r.id);
        continue;
      }
      for (const Municipality& m : r.municipalities) {
        fmt::print("  {}  {:<28} {:>9}  (1 Jan {})\n", m.code, m.name, m.population, m.reference_year);
      }
    }
  });
  return cmd;
}

CLI::App* add_indicators_command(CLI::App& app) {
  CLI::App* cmd =
      app.add_subcommand("indicators", "Print the output dictionary: every indicator with unit and meaning");
  cmd->callback([] { fmt::print("{}", render_indicator_reference()); });
  return cmd;
}

CLI::App* add_scenarios_command(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand(
      "scenarios", "Print the scenario file reference: every intervention type with its fields, units and ranges");
  cmd->callback([] { fmt::print("{}", render_scenario_reference()); });
  return cmd;
}

CLI::App* add_params_command(CLI::App& app, ParamsOptions& options) {
  CLI::App* cmd = app.add_subcommand("params", "Print the parameter reference (defaults, ranges, sources)");
  cmd->add_option("--format", options.format, "markdown or csv")
      ->check(CLI::IsMember({"markdown", "csv"}))
      ->capture_default_str();
  cmd->callback([&options] {
    fmt::print("{}", render_parameter_reference(options.format == "csv" ? DocFormat::csv : DocFormat::markdown));
  });
  return cmd;
}

}  // namespace regiotwin
