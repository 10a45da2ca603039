// Saved campaigns: the Save dialog (a name; kept in this browser's own storage only, never sent
// anywhere), the list on the start screen to reopen or delete them with the space they use and a
// warning as the browser's quota nears, and each creator's history across them (their
// campaigns, results and notes, from each saved campaign's summary). The storage is the shell's
// (shell/campaigns.js); the list comes back from it after each change.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"

namespace creatorscope::web {

class CampaignsView {
public:
    // The toolbar's button, and the dialog it opens (drawn within the main window).
    void draw_save_button(const Engine& engine);
    void draw_save_dialog(float scale);
    // The start screen's list of saved campaigns at the cursor, `width` wide; nothing when none
    // is saved. The height it took.
    float draw_list(float width, float scale);
    bool any();
    // The creator's campaigns other than the one open now, the newest first.
    std::vector<CreatorHistoryEntry> history(const std::string& handle, const std::string& platform);

private:
    struct Saved {
        double id = 0;
        std::string name, saved_at;
        double bytes = 0;
        std::size_t creators = 0, files = 0;
    };
    void refresh();
    void draw_row(const Saved& saved);
    void draw_space(float scale);
    void draw_delete_dialog(float scale);
    const Saved* named(const std::string& name) const;
    std::uint64_t version_ = ~0ull;
    std::vector<Saved> saved_;
    nlohmann::ordered_json others_ = nlohmann::ordered_json::array();  // every saved campaign but the open one
    std::optional<double> usage_, quota_, current_;
    bool save_open_ = false, save_just_opened_ = false;
    char name_[160] = {};
    std::optional<Saved> deleting_;
    bool delete_open_ = false, delete_just_opened_ = false;
};

// "12.4 MB", "830 KB".
std::string format_bytes(double bytes);

}  // namespace creatorscope::web
