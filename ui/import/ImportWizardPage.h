#pragma once

#include <QWizardPage>

#include <functional>

namespace jifen::ui {

// A wizard page whose completeness, validation and set-up are given by its wizard, which keeps the import's state.
class ImportWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    using QWizardPage::QWizardPage;

    std::function<bool()> complete; // empty: QWizardPage's own rule
    std::function<bool()> validate; // empty: always valid
    std::function<void()> initialize;

    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (initialize)
            initialize();
    }
    // Asks the wizard to look at isComplete() again.
    void updateComplete() { emit completeChanged(); }
};

} // namespace jifen::ui
