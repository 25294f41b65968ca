// regiotwin import cbs: CBS StatLine exports in, a region pack out (docs/statline-import.md).
#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <regex>
#include <set>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/parameters.hpp"
#include "region/pack.hpp"
#include "region/pack_writer.hpp"
#include "region/statline.hpp"

namespace regiotwin {
namespace {

namespace fs = std::filesystem;

struct ImportCbsOptions {
  std::vector<std::string> files;
  std::vector<std::string> municipalities;
  std::string zorgkantoorregio;
  std::string out;
  std::string id;
  std::string name;
  bool force = false;
};

std::vector<std::string> checked_codes(const std::vector<std::string>& codes) {
  static const std::regex gm_code("GM[0-9]{4}");
  std::set<std::string> seen;
  for (const std::string& code : codes) {
    if (!std::regex_match(code, gm_code)) {
      throw ValidationError(
          fmt::format("--municipalities: expected CBS municipality codes like GM0193, got '{}'", code));
    }
    if (!seen.insert(code).second) throw ValidationError(fmt::format("--municipalities: {} appears twice", code));
  }
  return codes;
}

// The pack's id defaults to the folder's name, its name to the zorgkantoorregio's or the id.
RegionIdentity identity(const ImportCbsOptions& options, const Zorgkantoorregio* zk, bool with_households,
                        const fs::path& folder) {
  RegionIdentity out;
  out.id = options.id.empty() ? folder.filename().string() : options.id;
  out.name = !options.name.empty() ? options.name : zk != nullptr ? zk->name : out.id;
  out.zorgkantoorregio = zk != nullptr ? zk->code : std::string{};
  out.description = fmt::format("Imported from CBS StatLine 03759ned{} by regiotwin import cbs{}.",
                                with_households ? " and 85984NED" : "",
                                zk != nullptr ? fmt::format(" (zorgkantoorregio {} {})", zk->code, zk->name) : "");
  return out;
}

void print_summary(const Region& region, const std::vector<std::string>& notes, const fs::path& target) {
  const Municipality& first = region.municipalities.front();
  const std::size_t n = region.municipalities.size();
  fmt::print("{}: {} {}, {} residents on 1 January {}\n", region.name, n, n == 1 ? "municipality" : "municipalities",
             region.population(), first.reference_year);
  for (const Municipality& m : region.municipalities) {
    const std::string households = m.households ? fmt::format("  {} households, deprivation index {}",
                                                              m.households->households, m.deprivation_index)
                                                : std::string{};
    fmt::print("  {}  {:<28} {:>9}{}\n", m.code, m.name, m.population, households);
  }
  std::fflush(stdout);  // the notes follow the list they annotate, also when both go to one file
  for (const std::string& note : notes) fmt::print(stderr, "regiotwin: note: {}\n", note);
  fmt::print("{}\n", target.string());
}

void import_cbs(const ImportCbsOptions& options) {
  if (options.municipalities.empty() == options.zorgkantoorregio.empty()) {
    throw UsageError("import cbs: give either --municipalities or --zorgkantoorregio");
  }
  const Zorgkantoorregio* zk =
      options.zorgkantoorregio.empty() ? nullptr : &find_zorgkantoorregio(options.zorgkantoorregio);
  const std::vector<std::string> codes = zk != nullptr ? zk->municipalities : checked_codes(options.municipalities);
  StagedPackFolder staged(options.out, options.force);  // refuses a folder in use before any reading

  const StatLineImport data = read_statline({options.files.begin(), options.files.end()}, codes);
  std::vector<std::string> notes;
  const Region region = statline_region(data, identity(options, zk, !data.households.empty(), staged.target()), notes);
  std::vector<std::string> sources = statline_sources(data);
  if (zk != nullptr) sources.push_back(zk->source);
  write_region_pack(region, sources, staged.path());
  // Read back as `regiotwin run` reads it: a pack that would not run is never put in place.
  ParameterSet params;
  (void)load_region_pack(staged.path(), params);
  print_summary(region, notes, staged.commit());
}

}  // namespace

CLI::App* add_import_command(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand("import", "Turn published statistics into a region pack");
  cmd->require_subcommand(1);
  CLI::App* cbs = cmd->add_subcommand(
      "cbs",
      "Read CBS StatLine CSV exports of 03759ned (and 85984NED) and write a region pack (docs/statline-import.md)");
  // Owned by the callback, which CLI11 keeps as long as the command line.
  auto options = std::make_shared<ImportCbsOptions>();
  cbs->add_option("files", options->files, "StatLine CSV exports: 03759ned, optionally 85984NED")->required();
  auto* municipalities = cbs->add_option("--municipalities", options->municipalities,
                                         "Municipality codes, comma-separated (GM0193,GM0166)")
                             ->delimiter(',');
  cbs->add_option("--zorgkantoorregio", options->zorgkantoorregio, "A known zorgkantoorregio (ZK10)")
      ->excludes(municipalities);
  cbs->add_option("--out", options->out, "Folder for the region pack (must not exist or be empty)")->required();
  cbs->add_option("--id", options->id, "Region id [default: the folder's name]");
  cbs->add_option("--name", options->name, "Region name [default: the zorgkantoorregio's name or the id]");
  cbs->add_flag("--force", options->force, "Replace a non-empty --out folder");
  cbs->callback([options] { import_cbs(*options); });
  return cmd;
}

}  // namespace regiotwin
