notice-suite-loaded = 已加载评测套件 { $name }（{ $items } 道题）。请添加模型的回答。
