namespace jifen::ui { }
