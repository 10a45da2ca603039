// The outreach dialog: a shortlisted creator's first contact, follow-up or offer, written from
// the shipped templates (or the user's own wording of them) in one of six languages and
// personalised from the data, with what personalised it and what is still to fill in; copied to
// the clipboard, opened in the user's own mail program (a mailto: link: the page sends nothing),
// or every shortlisted creator's draft downloaded as a CSV for mail merge. The sender, brand,
// product, timeline, usage rights and wording are kept with the campaign (outreach.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/actions.hpp"

namespace creatorscope::web {

class OutreachView {
public:
    void open(const Engine& engine, CreatorKey creator);
    void draw(const Engine& engine, Actions& actions, float scale);

private:
    void load_fields(const OutreachSettings& settings);
    OutreachSettings edited_settings(const Engine& engine) const;
    void request_draft(const Engine& engine, Actions& actions);
    void draw_settings(const Engine& engine, Actions& actions);
    void draw_draft(const Engine& engine, float scale);
    void draw_wording(const Engine& engine, Actions& actions, float scale);
    void load_wording(const Engine& engine);
    bool open_ = false, just_opened_ = false, wording_open_ = false;
    CreatorKey creator_;
    OutreachKind kind_ = OutreachKind::first_contact;
    std::optional<OutreachDraft> draft_;
    std::uint64_t drawn_for_[4] = {~0ull, ~0ull, ~0ull, ~0ull};  // generation, outreach, pipeline, what was asked
    std::uint64_t asked_ = 0;
    bool copied_ = false;
    char sender_[128] = {}, brand_[128] = {}, product_[160] = {}, timeline_[256] = {}, usage_[256] = {};
    char subject_[512] = {};
    char body_[8192] = {};
};

}  // namespace creatorscope::web
