//! Simplified Chinese, worded as a Chinese machine-learning teacher would say it.
//!
//! Placeholders are written without spaces (`第{0}层`): [`super::Lang::fill`] puts the
//! customary space between Chinese characters and the numbers or Latin names it inserts.

use nn_core::hash::Reason;
use nn_core::{Activation, Dataset, Init, Loss, OptimizerKind, Problem, Regularization, Warning};

use super::Text;

/// The Chinese string for `key`.
pub(super) fn text(key: Text) -> &'static str {
    match key {
        Text::Headline => "在浏览器里亲手摆弄一个神经网络。",
        Text::Tagline => "别担心，你弄不坏它。我们保证。",
        Text::Play => "运行",
        Text::Pause => "暂停",
        Text::Step => "单步",
        Text::Reset => "重置",
        Text::PlayHint => "开始或暂停训练（空格键）",
        Text::StepHint => "训练一个轮次（→ 或 S 键）",
        Text::ResetHint => "回到第 0 轮，初始权重不变（R 键）",
        Text::Epoch => "轮次",
        Text::TestLoss => "测试损失",
        Text::TrainingLoss => "训练损失",
        Text::TestAccuracy => "测试准确率",
        Text::TrainingAccuracy => "训练准确率",
        Text::ChartTooltip => "轮次 {0}：训练损失 {1}，测试损失 {2}",
        Text::ChartTooltipAccuracy => "轮次 {0}：训练损失 {1}，测试损失 {2}；训练准确率 {3}，测试准确率 {4}",
        Text::OutputNeuronNumbered => "输出神经元 {0}",
        Text::OutputRefNumbered => "输出节点 {0}",
        Text::LossMenu => "损失函数",
        Text::OptimizerMenu => "优化器",
        Text::InitMenu => "初始化",
        Text::MomentumMenu => "动量系数 μ",
        Text::Classes => "类别数",
        Text::ClassName => "类别 {0}",
        Text::LegendClasses => "颜色表示各个类别；颜色混合处表示预测不确定。",
        Text::StepNote => "阶跃函数的导数处处为 0，梯度无法传到它之前的层：这些层永远学不到东西。",
        Text::LayerActivation => "第 {0} 个隐藏层的激活函数",
        Text::LayerActivationGlobal => "全局（{0}）",
        Text::PartLoss => "损失函数菜单",
        Text::PartOptimizer => "优化器菜单",
        Text::PartInit => "初始化菜单",
        Text::PartClasses => "类别数滑块",
        Text::Output => "输出",
        Text::OutputHeatmap => "输出热力图",
        Text::Legend => "颜色表示数据、神经元和权重的值。",
        Text::NoticeTitle => "此链接中的部分设置无法使用：",
        Text::Dismiss => "关闭",
        Text::Shortcuts => "快捷键：空格键开始或暂停训练，→ 或 S 键训练一个轮次，R 键重置。",
        Text::Speed => "速度",
        Text::SpeedOne => "每帧训练 1 轮",
        Text::SpeedPerFrame => "每帧训练{0}轮",
        Text::SpeedMax => "尽可能快",
        Text::TrainingRate => "实际训练速度",
        Text::EpochsPerSecond => "{0}轮/秒",
        Text::LearningRate => "学习率",
        Text::Activation => "激活函数",
        Text::Regularization => "正则化",
        Text::RegularizationRate => "正则化率",
        Text::ProblemType => "问题类型",
        Text::Data => "数据",
        Text::WhichDataset => "你想使用哪个数据集？",
        Text::RatioTrainData => "训练集与测试集比例",
        Text::Noise => "噪声",
        Text::BatchSize => "批量大小",
        Text::Regenerate => "重新生成",
        Text::RegenerateHint => "重新抽取同一类型的数据点；网络会继续学习",
        Text::LossChart => "损失曲线图",
        Text::ChartEpochs => "轮次",
        Text::ChartLoss => "损失",
        Text::ShowTestData => "显示测试数据",
        Text::Discretize => "离散化输出",
        Text::DivergedTitle => "训练已停止：数值爆炸了。",
        Text::DivergedWhy => {
            "损失已经不再是一个数（NaN 或无穷大）。对这个网络来说，学习率太大了：\
            每次更新都迈过了头，权重越来越大、没有上限，直到大得无法再计算。"
        }
        Text::DivergedFix => "请选择更小的学习率，然后点击“重置”，用新的权重重新开始。",
        Text::GuideTitle => "如何看懂这个神经网络游乐场",
        Text::GuideColorsTitle => "颜色代表什么？",
        Text::GuideColors => {
            "橙色表示负值，蓝色表示正值；浅灰色表示接近零，颜色越深，数值的绝对值越大。\
            整个页面使用同一套配色：数据点的颜色就是它的标签（橙色为 −1，蓝色为 +1），\
            神经元的小图显示它的输出，两个神经元之间的连线表示这条连接的权重\
            （线越粗，权重越大）。多分类时，数据点和输出图用各个类别自己的颜色表示（见图例）。"
        }
        Text::GuideNeuronTitle => "神经元的小图显示的是什么？",
        Text::GuideNeuron => {
            "每个小方块都是数据所在平面的一幅图：平面上每个点的颜色，就是把这个点输入网络时\
            该神经元的输出。第一层的神经元只能画出简单的形状，比如橙色与蓝色之间的一条直线\
            分界；后面的每一层再把前一层的图组合成更复杂的形状。"
        }
        Text::GuideOutputTitle => "输出图显示的是什么？",
        Text::GuideOutput => {
            "大图是输出神经元的图：网络对平面上每个点的预测，上面叠加着训练数据点，\
            方便你看出它哪里对、哪里错。“显示测试数据”会加上测试数据点（黑色描边）；\
            “离散化输出”只显示预测的类别（橙色或蓝色），不再显示两者之间的深浅过渡。"
        }
        Text::GuideRegenerateTitle => "重新生成还是重置？",
        Text::GuideRegenerate => {
            "“重新生成”从同一个数据集重新随机抽样：数据点是新的，规律不变。网络保留原有的\
            权重继续训练，由此可以看出它学到的是规律，还是只记住了这些点。“重置”保留数据，\
            用新的随机权重让网络从第 0 轮重新开始。"
        }
        Text::GuideLossTitle => "训练损失还是测试损失？",
        Text::GuideLoss => {
            "损失衡量预测值与标签相差多远（默认是平方误差的一半；在“损失函数”中选择交叉熵损失时\
            则为交叉熵；对所有数据点取平均）：越低越好。\
            训练损失是在网络用来学习的数据点上算的，测试损失则是在网络从未训练过的数据点上\
            算的。如果训练损失一直在下降，而测试损失停滞甚至上升，说明网络在死记训练数据点，\
            而不是学习规律（过拟合）：可以试试更小的网络、更少的噪声、更多的训练数据，\
            或者加一些正则化。"
        }
        Text::GuideDivergeTitle => "训练为什么会“爆炸”？",
        Text::GuideDiverge => {
            "学习率决定每次更新迈出的步子有多大。太小，训练进展缓慢；太大，每一步都会越过\
            最优的权重，误差不减反增，权重一路发散到无穷大。这时页面会停止训练并提示你：\
            调低学习率，然后点击“重置”。"
        }
        Text::ChartBest => "测试损失最低：第 {1} 轮时为 {0}（图中圆圈处）。",
        Text::ChartOverfitting => {
            "过拟合：此后训练损失继续下降，测试损失却在上升（阴影部分）。早停会保留第 {0} 轮的网络。"
        }
        Text::TroubleDeadTitle => "大多数隐藏层神经元已死亡（{0} / {1}）",
        Text::TroubleDeadWhy => {
            "如果一个 ReLU 神经元在所有训练数据点上的输入都是负数，它的输出就都是 0，也得不到\
            梯度，再也恢复不了。步子太大会把神经元推到那里。"
        }
        Text::TroubleDeadFix => "试试更小的学习率（如 0.03）或 Leaky ReLU，然后点击“重置”。",
        Text::TroubleGuessTitle => "网络的表现不比瞎猜好",
        Text::TroubleGuessWhy => "它的训练损失（{0}）并不低于始终给出同一个答案的损失（{1}）。",
        Text::TroubleFixSteps => "学习率可能太大了：每一步都迈过了头。试试 0.03，然后点击“重置”。",
        Text::TroubleFixVanishing => {
            "第一层的梯度还不到最后一层的 1/100：梯度在反向传播中消失了（Sigmoid 的导数最大\
            只有 0.25）。试试 Tanh 或 ReLU，或者减少层数。"
        }
        Text::TroubleFixUnclear => "多训练几轮，或者换个学习率、增加神经元试试。",
        Text::TroubleSeeNetwork => "在网络图中查看",
        Text::TroubleSeeLosses => "查看损失",
        Text::BatchAll => "全部（{0}）",
        Text::BatchNote => "训练集 {0} 个数据点 · 每轮更新次数：{1}",
        Text::NodeWithMark => "{0}，{1}",
        Text::DeadMark => "已死亡：它在所有训练数据点上的输出都是 0，无法再学习",
        Text::SaturatedMark => "已饱和：它在几乎所有训练数据点上的导数都接近 0，学得很慢",
        Text::DeadCount => "死亡神经元：{0} / {1}",
        Text::TroubleStalledTitle => "已连续 {0} 轮没有进展",
        Text::TroubleStalledWhy => "训练损失一直停在 {0} 附近（始终给出同一个答案的损失是 {1}）。",
        Text::TroubleFixSmallSteps => "学习率太小：每一步几乎不改变权重。试试更大的学习率，例如 0.03。",
        Text::TroubleFixRegularization => "正则化系数把权重压在 0 附近。试试更小的系数，或者不用正则化。",
        Text::TroubleFixCapacity => "对这份数据来说网络可能太小了：增加神经元或隐藏层，或者加上 sin(X₁)、X₁² 等特征。",
        Text::TroubleSeeFigure => "在“网络内部”中查看",
        Text::InsideTitle => "网络内部",
        Text::InsideIntro => "每次训练后在训练集上测得。",
        Text::PartInside => "“网络内部”面板",
        Text::PartActivationFigure => "激活函数图",
        Text::PartGradientFigure => "梯度大小图",
        Text::PartDeadFigure => "死亡神经元图",
        Text::PartWeightFigure => "权重分布图",
        Text::PartCollapseFigure => "线性退化图",
        Text::PartStepBatch => "“单步一个批量”按钮",
        Text::FigActivationTitle => "激活函数与导数",
        Text::FigActivationExplain => "曲线 f 及其导数 f′；下方是各隐藏层输入 z 的分布。f′ 接近 0 的区域（阴影）几乎传不回梯度：z 堆积在那里，就是梯度在消失。",
        Text::FigActivationCompare => "显示曲线",
        Text::FigActivationInUse => "隐藏层使用 {0}。",
        Text::FigActivationMixed => "各隐藏层使用不同的激活函数。",
        Text::FigActivationMax => "导数 f′ 的最大值：{0}（在 {1} 处）",
        Text::FigActivationNoSlope => "f′ 处处为 0：梯度无法传回。",
        Text::FigActivationFlat => "平坦区：|f′| < 0.01",
        Text::FigActivationLayer => "第 {0} 层：{1} 的 z 落在平坦区",
        Text::FigActivationAxis => "f(z)、f′(z)",
        Text::FigActivationLabel => "{0} 及其导数的曲线，叠在各隐藏层输入的分布上",
        Text::FigActivationShow => "显示 {0}",
        Text::FigGradientTitle => "各层梯度大小",
        Text::FigGradientExplain => "每层权重梯度绝对值的平均，对数刻度。第一层远低于最后一层，说明梯度在反向传播中消失了。",
        Text::FigGradientAxis => "|梯度|",
        Text::FigGradientLabel => "各层平均梯度大小随轮次的变化（对数刻度）",
        Text::FigGradientVanishing => "梯度消失：第一层的梯度只有输出层的 {0}。",
        Text::FigGradientNow => "当前：第一层 {0}，输出层 {1}",
        Text::FigDeadTitle => "死亡神经元",
        Text::FigDeadExplain => "死亡（ReLU 在所有训练点上输出都是 0，再也学不动）或饱和（Tanh、Sigmoid 的导数几乎处处接近 0）的隐藏神经元数随轮次的变化。",
        Text::FigDeadAxis => "神经元",
        Text::FigDeadLabel => "死亡与饱和神经元数随轮次的变化",
        Text::FigDeadLayer => "第 {0} 层：{3} 个中 {1} 个死亡、{2} 个饱和",
        Text::FigDeadNone => "这里没有会死亡或饱和的隐藏层（只有 ReLU 会死亡，Tanh 和 Sigmoid 会饱和）。",
        Text::FigDeadLine => "死亡",
        Text::FigSaturatedLine => "饱和",
        Text::FigWeightsTitle => "权重分布",
        Text::FigWeightsExplain => "当前权重的分布，叠在第 0 轮的分布（灰色）上。L1 会在 0 处形成一根尖峰（稀疏权重）；L2 只会让权重变小。",
        Text::FigWeightsLayer => "层",
        Text::FigWeightsAll => "所有层",
        Text::FigWeightsZero => "零权重：{1} 个中 {0} 个",
        Text::FigWeightsSmall => "|w| < 0.01：{1} 个中 {0} 个",
        Text::FigWeightsOutside => "超出 ±2：{0} 个",
        Text::FigWeightsNow => "当前",
        Text::FigWeightsStart => "第 0 轮",
        Text::FigWeightsAxis => "权重值",
        Text::FigWeightsCount => "个数",
        Text::FigWeightsLabel => "当前与第 0 轮的权重直方图",
        Text::LayerNumbered => "第 {0} 层",
        Text::OutputLayer => "输出层",
        Text::FigCollapseTitle => "线性退化",
        Text::FigCollapseExplain => "叠在一起的线性层等于一个线性层：把权重乘开，整个网络就是 O = XW + b。",
        Text::FigCollapseNotLinear => "只有隐藏层全部使用线性激活函数的网络才会退化。把激活函数设为“线性”即可看到。",
        Text::FigCollapseHidden => "已用当前权重乘开 {0} 个隐藏层：",
        Text::FigCollapseNoHidden => "没有隐藏层：网络本来就只有一层。",
        Text::FigCollapseOutput => "输出神经元再对 O 应用 {0}。",
        Text::FigCollapseTable => "等价的 W 和 b",
        Text::FigCollapseInput => "输入",
        Text::FigCollapseOpen => "打开等价的网络",
        Text::FigCollapseOpenHint => "用没有隐藏层、权重为 W 和 b 的网络替换当前网络：它画出相同的边界。",
        Text::StepBatch => "单步一个批量",
        Text::StepBatchHint => "用接下来的 {0} 个训练点训练，直到一次权重更新；这些点在输出图上用圆圈标出",
        Text::UpdatesCount => "权重更新次数：{0}",
        Text::NewWeights => "重新初始化",
        Text::NewWeightsHint => "抽取新的初始权重（原版“重置”的做法）；链接会记下抽取的次数，因此能复现它们",
        Text::PartNewWeightsButton => "“重新初始化”按钮",
        Text::PartClassroomButton => "“课堂”按钮（取消勾选后，学生无法撤销你的设置）",
        Text::LockPart => "锁定：{0}",
        Text::LockedHint => "老师固定了这个设置",
        Text::ClassroomLocks => "勾选表示显示该部分；锁定表示可见但不能更改。",
        Text::RunsCaption => "之前的训练（图中淡色曲线是它们的测试损失）",
        Text::RunNumber => "训练",
        Text::RunSettings => "设置",
        Text::RunRestore => "打开",
        Text::RunRestoreName => "打开第 {0} 次训练",
        Text::RunRestoreHint => "重新打开这次训练的链接，从第 0 轮开始",
        Text::RunSeed => "种子 {0}",
        Text::RunSeedDraws => "种子 {0}，第 {1} 次抽取",
        Text::PartRunHistory => "之前的训练记录",
        Text::MeasureGap => "差距（测试损失 − 训练损失）",
        Text::MeasureGradientRatio => "第一层梯度 / 输出层梯度",
        Text::LessonsMenu => "课程",
        Text::LessonsMenuTitle => "引导课程",
        Text::LessonsIntro => "每节课一步步设置好游乐场，请你先作预测，再检查网络实际的表现。",
        Text::LessonLabel => "课程：{0}",
        Text::LessonStepOf => "第 {0} 步，共 {1} 步",
        Text::LessonPrevious => "上一步",
        Text::LessonNext => "下一步",
        Text::LessonClose => "关闭课程",
        Text::LessonSteps => "步骤",
        Text::LessonPredictHelp => "先选出你的预测，再按运行。第 {0} 轮时揭晓答案。",
        Text::LessonRunning => "预测已锁定，第 {0} 轮时揭晓答案。",
        Text::LessonHappened => "第 {0} 轮时的结果",
        Text::LessonRight => "你的预测是对的。",
        Text::LessonWrong => "你的预测是：{0}。这次训练的结果并非如此。",
        Text::LessonNoPrediction => "这次你没有作出预测：下次训练前先选一个。",
        Text::LessonMeasured => "测量值：{0}。",
        Text::LessonHappenedMark => "（实际结果）",
        Text::LessonAgain => "按重置可以再运行一次，也可以改一个设置，看看答案会不会变。",
        Text::LessonGoal => "目标",
        Text::LessonHint => "提示：{0}",
        Text::LessonNoneHappened => "没有一个选项符合这次训练的结果。",
        Text::ImportCsv => "导入 CSV",
        Text::ExportCsv => "导出 CSV",
        Text::ImportHelp => "列依次为 x、y、label，可选 split（train 或 test）；也可以把文件拖到这一栏。",
        Text::ImportSummary => "{0} 个点；标签：{1}；{2}。",
        Text::LabelsTwo => "两类（−1 与 +1，或 0 与 1），分类问题",
        Text::LabelsClasses => "{0} 类（0 到 {1}），多分类问题",
        Text::LabelsValues => "数值，回归问题",
        Text::ImportSplitGiven => "文件已划分：训练 {0} 个，测试 {1} 个",
        Text::ImportSplitRatio => "按训练集比例滑块划分",
        Text::ImportUse => "使用这些数据",
        Text::ImportCancel => "取消",
        Text::ImportDismiss => "关闭",
        Text::ImportFailed => "无法导入 {0}，数据没有任何改变。",
        Text::CsvUnreadable => "浏览器无法读取这个文件。",
        Text::CsvNotText => "它不是文本（CSV）文件。",
        Text::CsvEmpty => "文件中没有数据点。",
        Text::CsvTooMany => "文件有 {0} 个点，最多只能导入 {1} 个。",
        Text::CsvMissingColumn => "第 {0} 行：缺少“{1}”列。",
        Text::CsvNotANumber => "第 {0} 行：{1} 的值“{2}”不是数字。",
        Text::CsvOutOfDomain => "第 {0} 行：{1} = {2} 超出了游乐场显示的范围 −6 … 6。",
        Text::CsvBadSplit => "第 {0} 行：split 的值“{1}”既不是 train 也不是 test。",
        Text::CsvTooManyClasses => "第 {0} 行：类别 {1}：最多只能有 5 类（0 到 4）。",
        Text::CsvBadHeader => "第 1 行：表头中没有“{0}”列。",
        Text::GivenInUse => "正在使用你的数据（{0} 个点）。",
        Text::GivenBack => "回到内置数据集",
        Text::SavePlayground => "保存游乐场文件",
        Text::OpenPlayground => "打开游乐场文件",
        Text::FileOpenFailed => "无法打开 {0}，游乐场没有任何改变。",
        Text::FileNotJson => "它不是 JSON 文件。",
        Text::FileNotPlayground => "它不是保存的游乐场文件（\"format\" 不是 nn-playground）。",
        Text::FileNewer => "它由更新版本的游乐场保存（文件版本 {0}）。",
        Text::FileBadSettings => "其中的设置无法读取：{0}。",
        Text::FileBadPoints => "其中的数据点已损坏。",
        Text::FileBadState => "其中的训练状态与网络不符：{0}。",
        Text::ExportPytorch => "导出 PyTorch 脚本",
        Text::ExportPytorchHint => "一个 Python 脚本：用 PyTorch 从相同的初始权重训练这个网络，数据来自“导出 CSV”的文件",
        Text::GivenInLink => "分享链接里包含这些点。",
        Text::GivenOffGrid => "链接里不包含这些点（链接只能保存落在 0.01 网格上的点），请用“导出 CSV”或“保存游乐场文件”保存。",
        Text::GivenTooLong => "点太多，放不进链接（需要 {0} 个字符，最多 {1} 个），请用“导出 CSV”或“保存游乐场文件”保存。",
        Text::Draw => "绘制",
        Text::DrawHint => "在输出图上添加或擦除数据点，网络会继续训练",
        Text::DrawTool => "工具",
        Text::DrawAdd => "添加点",
        Text::DrawErase => "擦除",
        Text::DrawClass => "类别",
        Text::DrawBlue => "蓝色（+1）",
        Text::DrawOrange => "橙色（−1）",
        Text::DrawValue => "数值",
        Text::DrawSet => "加入",
        Text::DrawTrain => "训练数据",
        Text::DrawTest => "测试数据",
        Text::DrawClear => "清空",
        Text::DrawCount => "共 {0} 个点：训练 {1} 个，测试 {2} 个",
        Text::DrawArea => "绘制区域：点击或拖动来绘制；方向键移动光标，回车键添加点，Delete 键擦除",
        Text::DrawHelp => "在图上点击或拖动。键盘：用 Tab 移到图上，方向键移动光标，回车键添加，Delete 键擦除。",
        Text::SaveFigure => "保存图片（PNG）",
        Text::SaveFigureHint => "一张用于作业的图片：输出图、网络、损失曲线，以及写有设置、损失和链接的说明",
        Text::YourPoints => "你的 {0} 个点",
        Text::Timeline => "时间轴",
        Text::TimelineEpoch => "第 {0} 轮",
        Text::TimelineViewing => "正在回看第 {0} 轮；这次训练已到第 {1} 轮。点击“运行”或“从这里继续”会从这一点接着训练，之后的轮次将被丢弃。",
        Text::ContinueHere => "从这里继续",
        Text::PartDataFile => "导入和导出 CSV",
        Text::PartDraw => "绘制工具",
        Text::PartTimeline => "时间轴滑块",
        Text::Compare => "对比",
        Text::CompareHint => "在同一数据上训练第二个网络，与本网络只在你选定的设置上不同",
        Text::CompareHeading => "对比两个网络",
        Text::CompareHelp => "网络 B 与网络 A（上方的网络）使用相同的数据，在形状允许时从相同的权重开始；它只在这里选定的设置上不同，修改任一设置会让两个网络重新开始。两者逐轮同步训练。损失曲线图中 B 的曲线为虚线。",
        Text::CompareSettings => "网络 B 的设置",
        Text::CompareSame => "与 A 相同（{0}）",
        Text::NetworkA => "网络 A",
        Text::NetworkB => "网络 B",
        Text::CompareDiffers => "不同之处：{0}",
        Text::CompareNoDifference => "与 A 设置相同：同一配置的两次运行",
        Text::CompareReached => "测试损失在第 {0} 轮降到 0.1",
        Text::CompareNotReached => "测试损失尚未降到 0.1",
        Text::CompareDiverged => "已发散：损失不再是有限数值",
        Text::CompareMap => "网络 B 的输出热力图",
        Text::CompareMapA => "网络 A 的输出热力图",
        Text::CompareLegend => "实线：网络 A · 虚线：网络 B",
        Text::TimelineComparing => "对比两个网络时时间轴不可用。",
        Text::PartCompare => "对比模式",
        Text::FullBatch => "{0}（全批量）",
        Text::CompareMenu => "B 的{0}",
        Text::PartWeights => "网络上的权重和偏置卡片",
        Text::PartPlaygroundFile => "游乐场文件、PyTorch 和图片按钮",
        Text::PartLessons => "课程菜单",
        Text::WeightsLockedHint => "老师固定了权重：可以查看，不能编辑。",
        Text::ChallengeTitle => "挑战",
        Text::ChallengeMet => "已在第 {0} 轮达成。",
        Text::ChallengeNotYet => "尚未达成：继续训练，或者调整设置。",
        Text::ChallengeNow => "当前 {0}",
        Text::ChallengeDone => "已达成",
        Text::ChallengeOpen => "未达成",
        Text::MeasureTestLoss => "测试损失值",
        Text::MeasureTrainLoss => "训练损失值",
        Text::MeasureTestAccuracy => "测试准确率（0–1）",
        Text::MeasureNeurons => "隐藏层神经元数",
        Text::MeasureDeadShare => "死亡神经元占比（0–1）",
        Text::MeasureNonzero => "非零权重数",
        Text::MeasureEpochs => "轮数",
        Text::CompareBelow => "低于",
        Text::CompareAtMost => "不超过",
        Text::CompareAtLeast => "至少",
        Text::CompareAbove => "高于",
        Text::GoalEditor => "给学生的挑战",
        Text::GoalMeasureLabel => "指标",
        Text::GoalCompareLabel => "比较",
        Text::GoalValueLabel => "数值",
        Text::GoalAdd => "加入挑战",
        Text::GoalClear => "移除挑战",
        Text::GoalHelp => "链接会带上这个挑战；学生训练时页面会自动检查。",
        Text::SaturatedCount => "饱和神经元：{0} / {1}",
        Text::GuideBeyondTitle => "其他菜单改变什么？",
        Text::GuideBeyond => {
            "它们是原版游乐场之外新增的功能；保持第一个选项时，一切都与原版完全相同。\
            多分类把数据点分成最多五类，每一类对应一个输出神经元和一种颜色。交叉熵损失衡量\
            网络对正确类别有多大把握，分类问题通常比平方误差学得更快。动量法和 Adam 改变每次\
            更新迈步的方式：动量法保留上一步的一部分，Adam 按每个权重最近的梯度调整它的步长。\
            Xavier 初始化和 He 初始化按层的大小设定初始权重的尺度，帮助深层网络开始学习。\
            每个隐藏层自己的菜单可以给它换一个激活函数；阶跃函数学不会，因为它的导数处处为零。"
        }
        Text::NetworkRegion => "网络",
        Text::FeaturesHeading => "特征",
        Text::FeaturesQuestion => "你想把哪些特征输入网络？",
        Text::FeatureHint => "点击可把这个特征输入网络或移除",
        Text::HiddenLayersOne => "1 个隐藏层",
        Text::HiddenLayersMany => "{0}个隐藏层",
        Text::AddLayer => "添加隐藏层",
        Text::RemoveLayer => "删除隐藏层",
        Text::NeuronsOne => "1 个神经元",
        Text::NeuronsMany => "{0}个神经元",
        Text::AddNeuron => "向第{0}层添加神经元",
        Text::RemoveNeuron => "从第{0}层删除神经元",
        Text::NeuronName => "第{1}层第{0}个神经元",
        Text::NeuronRef => "第{1}层第{0}个神经元",
        Text::OutputNeuron => "输出神经元",
        Text::OutputRef => "输出节点",
        Text::WeightName => "从{0}到{1}的权重",
        Text::BiasName => "{0}的偏置",
        Text::WeightIs => "权重为{0}。",
        Text::BiasIs => "偏置为{0}。",
        Text::DeadLink => "这条连接已失效：L1 正则化把它压到了 0，它不再学习。",
        Text::EditHint => "点击或按 Enter 键即可修改。",
        Text::EditKeys => "按 Enter 键应用，按 Esc 键取消。",
        Text::WeightLabel => "权重",
        Text::BiasLabel => "偏置",
        Text::NotANumber => "请输入一个数字，例如 0.5 或 −1.2。",
        Text::NetworkHint => {
            "把鼠标悬停在神经元上（或用 Tab 键选中它），大图就会显示它的输出。线越粗，\
            权重越大；指向一条连线或一个小方块可以查看权重或偏置，点击即可修改。"
        }
        Text::PageTitle => "神经网络游乐场",
        Text::LanguageLabel => "Language / 语言",
        // Sharing, the classroom panel and embedding.
        Text::Share => "分享",
        Text::ShareHint => "复制本页链接，其中包含全部设置",
        Text::ShareLink => "本页链接",
        Text::Copied => "已复制",
        Text::CopyManually => "请按 Ctrl+C（Mac 上按 ⌘C）复制已选中的链接。",
        Text::Classroom => "课堂",
        Text::ClassroomHint => "选择学生能看到页面的哪些部分",
        Text::ClassroomTitle => "显示或隐藏页面的各个部分",
        Text::ClassroomIntro => "取消勾选即可隐藏对应部分。改动立即生效，并保存在页面链接里：分享这个链接，或加上 embed=true 把它嵌入课程讲义，学生看到的就是同样的页面。",
        Text::ClassroomRun => "运行控制",
        Text::ClassroomMenus => "设置",
        Text::ClassroomPage => "页面",
        Text::PartPlayButton => "运行/暂停按钮",
        Text::PartStepButton => "单步按钮",
        Text::PartResetButton => "重置按钮",
        Text::PartEpoch => "轮次计数器",
        Text::PartSpeed => "速度菜单",
        Text::PartLearningRate => "学习率菜单",
        Text::PartActivation => "激活函数菜单",
        Text::PartRegularization => "正则化菜单",
        Text::PartRegularizationRate => "正则化率菜单",
        Text::PartProblem => "问题类型菜单",
        Text::PartDataset => "数据集选项",
        Text::PartPercTrainData => "训练集与测试集比例滑块",
        Text::PartNoise => "噪声滑块",
        Text::PartBatchSize => "批量大小滑块",
        Text::PartRegenerate => "重新生成按钮",
        Text::PartFeatures => "特征开关",
        Text::PartNumHiddenLayers => "增减隐藏层按钮",
        Text::PartLayers => "网络的全部 +/− 按钮",
        Text::PartLossChart => "损失曲线",
        Text::PartShowTestData => "“显示测试数据”复选框",
        Text::PartDiscretize => "“离散化输出”复选框",
        Text::PartText => "标题与说明",
        Text::OpenFull => "在完整页面中打开",
        Text::TutorialUnsupported => "tutorial={0}：不支持教程，因此没有加载任何内容；链接中的其他设置已照常使用。",
    }
}

/// A link warning, worded in Chinese.
pub(super) fn warning(w: &Warning) -> String {
    let (k, v) = (&w.key, &w.value);
    match &w.reason {
        Reason::UnknownKey => format!("未知的设置“{k}”，已忽略"),
        Reason::UnknownValue { allowed } => format!(
            "{k}={v}：“{v}”不是可选值（{}）之一，已保留默认值",
            allowed.join("、")
        ),
        Reason::NotANumber => format!("{k}={v}：不是数字，已保留默认值"),
        Reason::NotAnInteger => format!("{k}={v}：必须是整数，已保留默认值"),
        Reason::OutOfRange { min, max, used } => {
            format!("{k}={v}：超出 {min}–{max} 的范围，已改用 {used}")
        }
        Reason::BadLayerSize { max } => {
            format!("{k}={v}：每层的神经元数必须是 1 到 {max} 之间的整数，已保留默认值")
        }
        Reason::TooManyLayers { max } => {
            format!("{k}={v}：隐藏层最多 {max} 层，多出的层已舍弃")
        }
        Reason::Adjusted { used } => {
            format!("{k}={v}：已改用 {used}，与原版 Playground 的处理方式相同")
        }
        Reason::TooManyNeurons { max } => {
            format!("{k}={v}：每层最多 {max} 个神经元；更宽的层已减为 {max} 个")
        }
        Reason::EmptySplit { used } => {
            format!("{k}={v}：训练集和测试集都必须有数据点；已改用 {used}")
        }
        Reason::BadPoints => format!("{k}：这些点已损坏，或与问题类型不符；已改用生成的数据集"),
        Reason::MoreWarnings { count } => format!("另有 {count} 个问题未列出"),
    }
}

/// The activation menu's names (the functions' own names are used as such in Chinese).
pub(super) fn activation(a: Activation) -> &'static str {
    match a {
        Activation::Relu => "ReLU",
        Activation::Tanh => "Tanh",
        Activation::Sigmoid => "Sigmoid",
        Activation::Linear => "线性",
        Activation::LeakyRelu => "Leaky ReLU",
        Activation::Elu => "ELU",
        Activation::Swish => "Swish",
        Activation::Gelu => "GELU",
        Activation::Softplus => "Softplus",
        Activation::Step => "阶跃",
    }
}

/// The loss menu's names.
pub(super) fn loss(l: Loss) -> &'static str {
    match l {
        Loss::SquaredError => "平方误差",
        Loss::CrossEntropy => "交叉熵损失",
    }
}

/// The optimizer menu's names.
pub(super) fn optimizer(o: OptimizerKind) -> &'static str {
    match o {
        OptimizerKind::Sgd => "随机梯度下降（SGD）",
        OptimizerKind::Momentum => "动量法",
        OptimizerKind::Adam => "Adam",
    }
}

/// The initialization menu's names.
pub(super) fn init(i: Init) -> &'static str {
    match i {
        Init::Original => "原版",
        Init::Xavier => "Xavier 初始化",
        Init::He => "He 初始化",
    }
}

/// The regularization menu's names.
pub(super) fn regularization(r: Regularization) -> &'static str {
    match r {
        Regularization::None => "无",
        Regularization::L1 => "L1",
        Regularization::L2 => "L2",
    }
}

/// The problem types.
pub(super) fn problem(p: Problem) -> &'static str {
    match p {
        Problem::Classification => "分类",
        Problem::Regression => "回归",
        Problem::Multiclass => "多分类",
    }
}

/// The data sets' names.
pub(super) fn dataset(d: Dataset) -> &'static str {
    match d {
        Dataset::Circle => "圆形",
        Dataset::Xor => "异或",
        Dataset::Gauss => "高斯",
        Dataset::Spiral => "螺旋",
        Dataset::RegPlane => "平面",
        Dataset::RegGauss => "多高斯",
        Dataset::Moons => "双月",
        Dataset::Checkerboard => "棋盘",
        Dataset::Blobs => "团簇",
        Dataset::Spirals => "螺旋",
    }
}
