#include "cli/progress.hpp"

#include <atomic>
#include <csignal>

#include <fmt/format.h>
#include <cstdio>
#include <string>

namespace regiotwin {
namespace {

std::atomic<int> interrupt_signal{0};
extern "C" void on_interrupt(int signal) { interrupt_signal = signal; }

}  // namespace

double seconds_since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

void catch_interrupts() {
  std::signal(SIGINT, on_interrupt);
  std::signal(SIGTERM, on_interrupt);
}

bool interrupted() { return interrupt_signal != 0; }

void ProgressBar::update(int done, int total) {
  if (!enabled_ || total <= 0) return;
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (elapsed < 1.0 && !shown_) return;
  if (shown_ && done < total && elapsed - last_drawn_ < 0.1) return;
  shown_ = true;
  last_drawn_ = elapsed;
  constexpr int width = 30;
  const int filled = done * width / total;
  const double eta = done > 0 ? elapsed * (total - done) / done : 0.0;
  fmt::print("\r[{}{}] {}/{} months, ETA {:.0f} s ", std::string(static_cast<std::size_t>(filled), '#'),
             std::string(static_cast<std::size_t>(width - filled), '-'), done, total, eta);
  std::fflush(stdout);
}

void ProgressBar::finish() {
  if (shown_) fmt::print("\n");
  shown_ = false;
}

}  // namespace regiotwin
